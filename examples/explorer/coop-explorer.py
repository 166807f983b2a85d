#!/usr/bin/python3
# coop-explorer.py — a GTK 4 / libadwaita explorer of libcoop's atlas and models
#
# Copyright 2026 The libcoop authors
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The list views are bound straight to the GListModels libcoop returns:
# Coop.Atlas.search for the results, Coop.Atlas.list_members for the
# members of an EPCI, Coop.Model.get_territories for a model.
#
# Options (also used by the test): --search TEXT runs a search at start,
# --model FILE opens a model, --page atlas|model|model/VIEW picks the page,
# --screenshot FILE.png saves the window,
# rendered by GTK itself, once it has drawn, prints a JSON summary on
# stdout and quits.
#
# Its words come from libcoop's catalogue (the libcoop-1 domain), in the
# locale's language: COOP_LOCALEDIR points at another catalogue
# directory, such as the build tree's po/, as it does for the library.

import ctypes
import gettext
import json
import os
import sys

import gi

gi.require_version("Coop", "1")
gi.require_version("Gtk", "4.0")
gi.require_version("Adw", "1")
from gi.repository import Adw, Coop, Gio, GLib, Gtk  # noqa: E402

APPLICATION_ID = "org.libcoop.Explorer"

_translation = gettext.translation("libcoop-1", os.environ.get("COOP_LOCALEDIR") or None, fallback=True)
_ = _translation.gettext
ngettext = _translation.ngettext


def N_(message):
    """Marks a message for translation where it is defined; _() translates
    it where it is shown."""
    return message


def kind_label(kind):
    return Coop.enum_get_label(Coop.TerritoryKind, kind)


def population_text(population):
    return "—" if population < 0 else f"{population:,}".replace(",", "\u202f")


def item_factory(describe, title=None):
    """A list item factory showing an item's title (its ``name`` property
    unless ``title(item)`` says otherwise) on one line and what
    ``describe(item)`` returns, dimmed, on the next."""
    factory = Gtk.SignalListItemFactory()

    def setup(_factory, item):
        box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=2,
                      margin_top=6, margin_bottom=6, margin_start=12, margin_end=12)
        heading = Gtk.Label(xalign=0, ellipsize=3)
        subtitle = Gtk.Label(xalign=0, ellipsize=3)
        subtitle.add_css_class("dim-label")
        subtitle.add_css_class("caption")
        box.append(heading)
        box.append(subtitle)
        item.set_child(box)

    def bind(_factory, item):
        thing = item.get_item()
        heading = item.get_child().get_first_child()
        heading.set_label(title(thing) if title else thing.props.name)
        heading.get_next_sibling().set_label(describe(thing))

    factory.connect("setup", setup)
    factory.connect("bind", bind)
    return factory


territory_factory = item_factory


def label(value):
    """The label of an enumeration value in the locale's language (“en
    vigueur” for in-force), from the library."""
    return Coop.enum_get_label(type(value), value)


def scrolled_list(model, factory):
    selection = Gtk.SingleSelection(model=model, autoselect=False, can_unselect=True)
    view = Gtk.ListView(model=selection, factory=factory)
    view.add_css_class("navigation-sidebar")
    scrolled = Gtk.ScrolledWindow(vexpand=True, hexpand=True, child=view)
    return scrolled, selection


# Views of a model beyond its territories: each is a page showing the list
# model that ``method`` returns, present only when the library has that
# method (agreements, actors and bodies come with the agreements part of
# libcoop; seats or assessments can be added the same way).
MODEL_VIEWS = [
    {
        "name": "agreements",
        "title": N_("Agreements"),
        "method": "get_agreements",
        "icon": "emblem-documents-symbolic",
        "item_title": lambda item: item.props.title,
        "describe": lambda item: f"{label(item.props.kind)} · {label(item.props.status)}",
    },
    {
        "name": "actors",
        "title": N_("Actors"),
        "method": "get_actors",
        "icon": "system-users-symbolic",
        "item_title": None,
        "describe": lambda item: label(item.props.kind),
    },
    {
        "name": "bodies",
        "title": N_("Bodies"),
        "method": "get_bodies",
        "icon": "view-grid-symbolic",
        "item_title": None,
        "describe": lambda item: label(item.props.kind),
    },
]


class ExplorerWindow(Adw.ApplicationWindow):
    def __init__(self, application, atlas):
        super().__init__(application=application, title=_("libcoop Explorer"),
                         default_width=1000, default_height=680)
        self.atlas = atlas
        self.model = None
        self.model_views = []
        self.seats = None
        self.results = Gio.ListStore(item_type=Coop.Territory)
        self.members = Gio.ListStore(item_type=Coop.Territory)

        self.stack = Adw.ViewStack(vexpand=True)
        self.stack.add_titled_with_icon(self._build_atlas_page(), "atlas", _("Atlas"), "find-location-symbolic")
        self.model_page = self._build_model_page()
        self.stack.add_titled_with_icon(self.model_page, "model", _("Model"), "folder-documents-symbolic")

        header = Adw.HeaderBar()
        header.set_title_widget(Adw.ViewSwitcherTitle(stack=self.stack, title=_("libcoop Explorer")))
        open_button = Gtk.Button(icon_name="document-open-symbolic", tooltip_text=_("Open a model"))
        open_button.connect("clicked", self._on_open_clicked)
        header.pack_start(open_button)

        # The millésime shown: every year the atlas file holds.
        self.years = list(atlas.get_years())
        self.year_dropdown = Gtk.DropDown.new_from_strings([str(year) for year in self.years])
        self.year_dropdown.set_tooltip_text(_("Millésime: the map as of 1 January of that year"))
        self.year_dropdown.set_selected(self.years.index(atlas.props.year) if atlas.props.year in self.years else 0)
        self.year_dropdown.connect("notify::selected", self._on_year_selected)
        header.pack_end(self.year_dropdown)

        content = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
        content.append(header)
        content.append(self.stack)
        self.set_content(content)

    # The atlas page: search on the left, the selected territory on the right.
    def _build_atlas_page(self):
        self.search_entry = Gtk.SearchEntry(placeholder_text=_("Search a commune, an EPCI, a département…"),
                                            margin_top=6, margin_bottom=6, margin_start=6, margin_end=6)
        self.search_entry.connect("search-changed", lambda entry: self.search(entry.get_text()))
        results, self.results_selection = scrolled_list(
            self.results,
            territory_factory(lambda t: f"{kind_label(t.props.kind)} {t.props.code} · "
                                        f"{population_text(self.atlas.get_population(t))}"))
        self.results_selection.connect("notify::selected-item", self._on_result_selected)

        sidebar = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, width_request=340)
        sidebar.append(self.search_entry)
        sidebar.append(results)

        self.title_label = Gtk.Label(xalign=0, wrap=True, label=_("Search the atlas of France"))
        self.title_label.add_css_class("title-1")
        self.details_label = Gtk.Label(xalign=0, wrap=True, selectable=True,
                                       label=f"{atlas_summary(self.atlas)}")
        self.members_label = Gtk.Label(xalign=0, wrap=True)
        self.members_label.add_css_class("heading")
        members, self.members_selection = scrolled_list(
            self.members, territory_factory(self._describe_member))

        details = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=12, margin_top=18,
                          margin_bottom=18, margin_start=18, margin_end=18)
        details.append(self.title_label)
        details.append(self.details_label)
        details.append(self.members_label)
        frame = Gtk.Frame(child=members, vexpand=True)
        details.append(frame)

        paned = Gtk.Paned(start_child=sidebar, end_child=details, position=340,
                          shrink_start_child=False, resize_start_child=False)
        return paned

    # The model page: the model's territories, and their members.
    def _build_model_page(self):
        self.model_status = Adw.StatusPage(icon_name="folder-documents-symbolic", title=_("No model"),
                                           description=_("Open a libcoop model document (JSON) "
                                                         "to browse its territories of project."),
                                           vexpand=True)
        self.model_box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
        self.model_box.append(self.model_status)
        return self.model_box

    def _show_model(self):
        child = self.model_box.get_first_child()
        while child is not None:
            self.model_box.remove(child)
            child = self.model_box.get_first_child()

        model = self.model
        inner = Adw.ViewStack(vexpand=True)
        self.model_stack = inner
        territories, selection = scrolled_list(
            model.get_territories(),
            territory_factory(lambda t: _("{kind} · population {population}").format(
                kind=kind_label(t.props.kind), population=population_text(model.get_population(t)))))
        model_members = Gio.ListStore(item_type=Coop.Territory)
        members, _selection = scrolled_list(
            model_members,
            territory_factory(lambda t: f"{kind_label(t.props.kind)} {t.props.code}"))

        def on_selected(selection, _pspec):
            territory = selection.get_selected_item()
            model_members.remove_all()
            if territory is not None:
                for member in model.list_members(territory):
                    model_members.append(member)

        selection.connect("notify::selected-item", on_selected)
        if model.get_territories().get_n_items() > 0:
            selection.set_selected(0)
            on_selected(selection, None)
        members_box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
        members_heading = Gtk.Label(label=_("Members"), xalign=0, margin_start=12, margin_top=6,
                                    margin_bottom=6)
        members_heading.add_css_class("heading")
        members_box.append(members_heading)
        members_box.append(members)
        paned = Gtk.Paned(start_child=territories, end_child=members_box, position=420)
        inner.add_titled_with_icon(paned, "territories", _("Territories"), "find-location-symbolic")
        self.model_views = ["territories"]

        for view in MODEL_VIEWS:
            if not hasattr(model, view["method"]):
                continue
            items = getattr(model, view["method"])()
            page, _selection = scrolled_list(items, item_factory(view["describe"], view["item_title"]))
            inner.add_titled_with_icon(page, view["name"], _(view["title"]), view["icon"])
            self.model_views.append(view["name"])

        name = Gtk.Label(label=model.props.name or _("Untitled model"), xalign=0, margin_start=18,
                         margin_top=12, margin_bottom=6)
        name.add_css_class("title-2")
        self.model_box.append(name)
        self.model_box.append(Adw.ViewSwitcherBar(stack=inner, reveal=True))
        self.model_box.append(inner)

    def open_model(self, file):
        try:
            self.model = Coop.Model.new_from_file(self.atlas, file, None)
        except GLib.Error as error:
            self.model_status.set_title(_("Cannot open the model"))
            self.model_status.set_description(error.message)
            return False
        self._show_model()
        self.stack.set_visible_child_name("model")
        return True

    def _on_open_clicked(self, _button):
        chooser = Gtk.FileChooserNative(title=_("Open a model"), transient_for=self,
                                        action=Gtk.FileChooserAction.OPEN)
        json_filter = Gtk.FileFilter(name=_("Model documents"))
        json_filter.add_pattern("*.json")
        chooser.add_filter(json_filter)

        def on_response(dialog, response):
            if response == Gtk.ResponseType.ACCEPT:
                self.open_model(dialog.get_file())
            self._chooser = None

        chooser.connect("response", on_response)
        self._chooser = chooser
        chooser.show()

    def search(self, text):
        """Binds the results view to the list model Coop.Atlas.search returns."""
        if self.search_entry.get_text() != text:
            self.search_entry.set_text(text)
        results = self.atlas.search(text, 50) if text.strip() else Gio.ListStore(item_type=Coop.Territory)
        self.results = results
        self.results_selection.set_model(results)
        if results.get_n_items() > 0:
            self.results_selection.set_selected(0)
            self._on_result_selected(self.results_selection, None)

    def show_territory(self, territory):
        atlas = self.atlas
        self.title_label.set_label(territory.props.name)
        lines = [f"{kind_label(territory.props.kind)} {territory.props.code}",
                 _("Population municipale: {population}").format(
                     population=population_text(atlas.get_population(territory)))]
        if territory.props.kind == Coop.TerritoryKind.EPCI:
            lines.append(_("Legal form: {form}").format(form=label(territory.props.epci_form)))
        epci = None
        if territory.props.kind == Coop.TerritoryKind.EPCI:
            epci = territory
        elif territory.props.epci_code:
            epci = atlas.lookup(territory.props.epci_code)
            lines.append(_("EPCI: {name} ({code})").format(name=epci.props.name, code=epci.props.code))
        if territory.props.departement_code:
            departement = atlas.lookup("departement:" + territory.props.departement_code)
            if departement is not None:
                lines.append(_("Département: {name}").format(name=departement.props.name))
        self.details_label.set_label("\n".join(lines))

        # An EPCI shows its members; a commune the members of its EPCI.
        perimeter = epci if epci is not None else territory
        self.seats = self._seats_of(perimeter) if epci is not None else None
        members = atlas.list_members(perimeter)
        self.members = members
        self.members_selection.set_model(members)
        if members.get_n_items() > 0:
            heading = _("Members of {name}: {count}").format(name=perimeter.props.name,
                                                             count=members.get_n_items())
            if self.seats is not None:
                total = self.seats["total"]
                heading += ngettext(" · {count} council seat", " · {count} council seats", total).format(count=total)
            self.members_label.set_label(heading)
        else:
            self.members_label.set_label(_("No members"))

    def _seats_of(self, epci):
        """The seats of an EPCI's communes under the droit commun, when this
        libcoop computes them (Coop.SeatAllocation); None otherwise."""
        if not hasattr(Coop, "SeatAllocation"):
            return None
        try:
            allocation = Coop.SeatAllocation.new_for_epci(self.atlas, epci, Coop.SupplementReading.COMPLEMENT)
        except GLib.Error:
            return None  # out of scope, such as the Métropole de Lyon
        return {
            "total": allocation.get_total_seats(),
            "by_code": {share.get_code(): share.get_seats() for share in allocation.get_shares()},
        }

    def _describe_member(self, territory):
        text = _("{code} · population {population}").format(
            code=territory.props.code, population=population_text(territory.props.population_municipale))
        if self.seats is not None and territory.props.code in self.seats["by_code"]:
            seats = self.seats["by_code"][territory.props.code]
            text += ngettext(" · {count} seat", " · {count} seats", seats).format(count=seats)
        return text

    def set_year(self, year):
        """Shows the atlas as of 1 January of year, and searches it again."""
        self.atlas = self.atlas.open_year(year)
        self.details_label.set_label(atlas_summary(self.atlas))
        if self.year_dropdown.get_selected() != self.years.index(year):
            self.year_dropdown.set_selected(self.years.index(year))
        self.search(self.search_entry.get_text())

    def _on_year_selected(self, dropdown, _pspec):
        year = self.years[dropdown.get_selected()]
        if year != self.atlas.props.year:
            self.set_year(year)

    def _on_result_selected(self, selection, _pspec):
        territory = selection.get_selected_item()
        if territory is not None:
            self.show_territory(territory)

    def summary(self):
        return {
            "search": self.search_entry.get_text(),
            "results": self.results_selection.get_model().get_n_items(),
            "selected": getattr(self.results_selection.get_selected_item(), "props", None)
            and self.results_selection.get_selected_item().props.name,
            "members": self.members_selection.get_model().get_n_items(),
            "seats": self.seats["total"] if self.seats is not None else None,
            "model": self.model.props.name if self.model is not None else None,
            "model_territories": self.model.get_territories().get_n_items() if self.model else 0,
            "model_views": self.model_views,
            "members_heading": self.members_label.get_label(),
            "search_placeholder": self.search_entry.props.placeholder_text,
            "year": self.atlas.props.year,
            "years": self.years,
        }


def atlas_summary(atlas):
    return _("Millésime {millesime}: {communes} communes, {epci} EPCI, populations of {year} "
             "({source} {version})").format(
        millesime=atlas.props.year,
        communes=f"{atlas.count(Coop.TerritoryKind.COMMUNE):,}".replace(",", "\u202f"),
        epci=f"{atlas.count(Coop.TerritoryKind.EPCI):,}".replace(",", "\u202f"),
        year=atlas.props.population_year, source=atlas.props.source, version=atlas.props.source_version)


class _GrapheneRect(ctypes.Structure):
    _fields_ = [("x", ctypes.c_float), ("y", ctypes.c_float),
                ("width", ctypes.c_float), ("height", ctypes.c_float)]


def save_screenshot(widget, path):
    """Renders the widget with its window's own GSK renderer and saves a PNG,
    replacing @path atomically with Coop.save_bytes_to_file.

    PyGObject 3.42 cannot pass GskRenderNode (a fundamental type that is
    not a GObject), so the three calls that handle the node go through
    ctypes; a PyGObject wrapper's hash() is the address of its GObject.
    """
    width, height = widget.get_width(), widget.get_height()
    paintable = Gtk.WidgetPaintable.new(widget)
    snapshot = Gtk.Snapshot.new()
    paintable.snapshot(snapshot, width, height)
    renderer = widget.get_native().get_renderer()

    gtk = ctypes.CDLL("libgtk-4.so.1")
    gtk.gtk_snapshot_free_to_node.restype = ctypes.c_void_p
    gtk.gtk_snapshot_free_to_node.argtypes = [ctypes.c_void_p]
    gtk.gsk_renderer_render_texture.restype = ctypes.c_void_p
    gtk.gsk_renderer_render_texture.argtypes = [ctypes.c_void_p, ctypes.c_void_p,
                                                ctypes.POINTER(_GrapheneRect)]
    gtk.gdk_texture_save_to_png_bytes.restype = ctypes.c_void_p
    gtk.gdk_texture_save_to_png_bytes.argtypes = [ctypes.c_void_p]
    gtk.g_bytes_get_data.restype = ctypes.c_void_p
    gtk.g_bytes_get_data.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t)]
    gtk.g_bytes_unref.argtypes = [ctypes.c_void_p]
    gtk.gsk_render_node_unref.argtypes = [ctypes.c_void_p]
    gtk.g_object_unref.argtypes = [ctypes.c_void_p]
    gtk.g_object_ref.argtypes = [ctypes.c_void_p]
    gtk.g_object_ref.restype = ctypes.c_void_p

    # free_to_node consumes a reference; keep the wrapper's own.
    node = gtk.gtk_snapshot_free_to_node(gtk.g_object_ref(hash(snapshot)))
    if not node:
        raise RuntimeError("the window drew nothing")
    rect = _GrapheneRect(0, 0, width, height)
    texture = gtk.gsk_renderer_render_texture(hash(renderer), node, ctypes.byref(rect))
    gtk.gsk_render_node_unref(node)
    if not texture:
        raise RuntimeError("the renderer produced no texture")
    png = gtk.gdk_texture_save_to_png_bytes(texture)
    gtk.g_object_unref(texture)
    if not png:
        raise RuntimeError("the window could not be encoded as PNG")
    size = ctypes.c_size_t(0)
    data = ctypes.string_at(gtk.g_bytes_get_data(png, ctypes.byref(size)), size.value)
    gtk.g_bytes_unref(png)
    # Replaced atomically, as libcoop saves models and reports: a PNG
    # that cannot be written whole leaves the old one as it was.
    Coop.save_bytes_to_file(Gio.File.new_for_path(path), GLib.Bytes.new(data), Coop.SaveFlags.NONE, None)
    return width, height


class ExplorerApplication(Adw.Application):
    def __init__(self):
        super().__init__(application_id=APPLICATION_ID,
                         flags=Gio.ApplicationFlags.NON_UNIQUE)
        self.add_main_option("search", ord("s"), GLib.OptionFlags.NONE, GLib.OptionArg.STRING,
                             _("Search the atlas for TEXT at start"), _("TEXT"))
        self.add_main_option("model", ord("m"), GLib.OptionFlags.NONE, GLib.OptionArg.STRING,
                             _("Open the model document FILE"), _("FILE"))
        self.add_main_option("year", ord("y"), GLib.OptionFlags.NONE, GLib.OptionArg.INT,
                             _("Show the atlas as of 1 January of YEAR (default: the latest millésime)"),
                             _("YEAR"))
        self.add_main_option("page", 0, GLib.OptionFlags.NONE, GLib.OptionArg.STRING,
                             _("Show the page NAME at start: atlas, model or model/VIEW"), _("NAME"))
        self.add_main_option("screenshot", 0, GLib.OptionFlags.NONE, GLib.OptionArg.STRING,
                             _("Save the window to FILE.png once drawn, print a summary and quit"), _("FILE"))
        self.options = {}
        self.status = 0
        self.window = None

    def do_handle_local_options(self, options):
        self.options = options.end().unpack()
        return -1

    def do_activate(self):
        try:
            atlas = Coop.Atlas.dup_default()
        except GLib.Error as error:
            print(_("coop-explorer: cannot open the atlas: {message}").format(message=error.message),
                  file=sys.stderr)
            self.status = 2
            return
        self.window = ExplorerWindow(self, atlas)
        if self.options.get("year"):
            try:
                self.window.set_year(self.options["year"])
            except GLib.Error as error:
                print(_("coop-explorer: {message}").format(message=error.message), file=sys.stderr)
                self.status = 2
                return
        model = self.options.get("model")
        if model:
            self.window.open_model(Gio.File.new_for_commandline_arg(model))
            if self.options.get("search"):
                self.window.stack.set_visible_child_name("atlas")
        if self.options.get("search"):
            self.window.search(self.options["search"])
        if self.options.get("page"):
            # "model/agreements" shows the agreements page of the model.
            page, _slash, subpage = self.options["page"].partition("/")
            self.window.stack.set_visible_child_name(page)
            if subpage and self.window.model is not None:
                self.window.model_stack.set_visible_child_name(subpage)
        self.window.present()

        screenshot = self.options.get("screenshot")
        if screenshot:
            # A second of frames lets the list views realise their rows.
            GLib.timeout_add(1500, self._take_screenshot, screenshot)

    def _take_screenshot(self, path):
        try:
            width, height = save_screenshot(self.window.get_content(), path)
            summary = self.window.summary()
            summary.update({"screenshot": path, "width": width, "height": height})
            print(json.dumps(summary), flush=True)
        except Exception as error:  # the test wants a status, not a hang
            print(f"coop-explorer: {error}", file=sys.stderr)
            self.status = 1
        self.quit()
        return GLib.SOURCE_REMOVE


def main(argv):
    application = ExplorerApplication()
    status = application.run(argv)
    return status or application.status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
