"""Prints where to install the Coop PyGObject overrides for PREFIX.

Usage: overrides_dir.py PREFIX FALLBACK

The directory is one this interpreter already has on sys.path under
PREFIX (on Debian 12, /usr/local/lib/python3.11/dist-packages for
/usr/local and /usr/lib/python3/dist-packages for /usr), so that `import
gi` finds gi/overrides/Coop.py with no variable set: gi/overrides extends
its __path__ over every gi/overrides on sys.path. When none is (another
prefix), FALLBACK, meson's own install directory, which the user puts on
PYTHONPATH. Prints the directory relative to PREFIX, then "yes" or "no"
for whether it is on sys.path.
"""

import os
import sys

prefix, fallback = sys.argv[1:3]
prefix = os.path.normpath(prefix)
for entry in sys.path:
    if not entry or not os.path.isabs(entry):
        continue
    entry = os.path.normpath(entry)
    relative = os.path.relpath(entry, prefix)
    # prefix/lib…/…-packages: /usr/local/lib/… is not under prefix /usr.
    if (entry.startswith(prefix + os.sep) and relative.split(os.sep)[0] in ("lib", "lib64")
            and os.path.basename(entry) in ("dist-packages", "site-packages")):
        print(relative)
        print("yes")
        break
else:
    print(fallback)
    print("no")
