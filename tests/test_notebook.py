"""Runs a Jupyter notebook top to bottom; any cell error fails the test.

Usage: test_notebook.py NOTEBOOK.ipynb [DIRECTORY]

The kernel is this interpreter (the one with gi), declared in a temporary
kernel spec, and inherits the environment: GI_TYPELIB_PATH, LD_LIBRARY_PATH,
PYTHONPATH and COOP_ATLAS point it at the uninstalled library. It runs in
DIRECTORY (default: the notebook's own, where Jupyter runs it), so that a
notebook that only works from its own directory fails. When Jupyter is
installed, `jupyter nbconvert --to notebook --execute` runs it too, as a
user would.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import nbformat
    from nbclient import NotebookClient
except ImportError:
    print("nbclient or nbformat missing: skipping")
    sys.exit(77)


def main():
    path = sys.argv[1]
    directory = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(path)
    with tempfile.TemporaryDirectory() as scratch:
        spec_dir = os.path.join(scratch, "kernels", "coop-test")
        os.makedirs(spec_dir)
        with open(os.path.join(spec_dir, "kernel.json"), "w") as spec:
            json.dump({
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "libcoop test kernel",
                "language": "python",
            }, spec)
        os.environ["JUPYTER_PATH"] = scratch
        os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(scratch, "runtime")
        os.environ["JUPYTER_DATA_DIR"] = os.path.join(scratch, "data")
        os.environ["IPYTHONDIR"] = os.path.join(scratch, "ipython")
        os.environ["MPLCONFIGDIR"] = os.path.join(scratch, "matplotlib")
        os.environ["MPLBACKEND"] = "Agg"

        notebook = nbformat.read(path, as_version=4)
        client = NotebookClient(notebook, kernel_name="coop-test", timeout=120,
                                resources={"metadata": {"path": directory}})
        client.execute()

        jupyter = shutil.which("jupyter")
        if jupyter is not None and subprocess.run([jupyter, "nbconvert", "--version"],
                                                  capture_output=True).returncode == 0:
            result = subprocess.run([jupyter, "nbconvert", "--to", "notebook", "--execute",
                                     "--ExecutePreprocessor.kernel_name=coop-test",
                                     "--output-dir", scratch, path], capture_output=True, text=True)
            if result.returncode != 0:
                print(f"jupyter nbconvert --execute failed:\n{result.stderr}")
                return 1
            print("jupyter nbconvert --execute: ran")
        else:
            print("jupyter nbconvert is not installed: not run")

    images = 0
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                print(f"cell {index}: {output['ename']}: {output['evalue']}")
                return 1
            if "image/png" in output.get("data", {}):
                images += 1
    print(f"{len(notebook.cells)} cells ran, {images} image(s)")
    if images == 0:
        print("expected the plot of member populations")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
