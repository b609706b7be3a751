"""The muscle map: the body from the front, the back, and the back with gluteus maximus removed
or, at the turn of a button, the hip from the side in its place.

The drawings are SVG files in resources/anatomy (made by packaging/anatomy_svgs.py); every
element with class="muscle" (a group of the muscle's parts) is a region whose id names its muscle
and side (``gluteus_medius__left``). The widget paints the drawings, then
tints regions: an exercise's involvement (primary strong, secondary lighter, minor faint),
a heat map fed by the rules engine, the muscles the user picked (hatched) and the one under
the mouse. Clicking picks a muscle, Ctrl-click adds one, a click on empty space clears. Pointing
at a muscle, or picking it, tells its origin, insertion, function and best exercises.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal, qVersion
from PySide6.QtGui import (
    QBrush,
    QColor,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QToolButton, QToolTip, QWidget

from glueplan.domain.catalog import MINOR, PRIMARY, SECONDARY, Catalog, View
from glueplan.domain.language import Language
from glueplan.domain.resources import resource_dir
from glueplan.ui.map.drawing import FIBRES, Drawing, shared_drawing
from glueplan.ui.map.layer_files import Layers, Pixels, ViewLayers, user_layer_files, worth_keeping
from glueplan.ui.map.muscle_facts import muscle_facts
from glueplan.ui.shared.plain_text import plain_tooltip
from glueplan.domain.record import Record

VIEW_WIDTH, VIEW_HEIGHT = 300, 760  # every drawing's viewBox
ASPECT = VIEW_WIDTH / VIEW_HEIGHT
VIEW_FILES = {View.FRONT: "body_front.svg", View.BACK: "body_back.svg", View.DEEP: "body_back_deep.svg",
              View.SIDE: "hip_side.svg"}
SHOWN = (View.FRONT, View.BACK, View.DEEP)  # side by side; the side view of the hip takes the third place

INVOLVEMENT_COLOURS = {PRIMARY: QColor(31, 111, 139, 235), SECONDARY: QColor(79, 163, 191, 205),
                       MINOR: QColor(169, 214, 229, 200)}
# Picked muscles are outlined and cross-hatched in black and white: no hue, so they read over an
# exercise's blues and every heat colour, and are never confused with one (colour-blind eyes too).
PICKED_DARK = QColor(20, 20, 20, 235)
PICKED_LIGHT = QColor(255, 255, 255, 225)
OUTLINE_PX = 2
HOVER_COLOUR = QColor(255, 255, 255, 110)
MARK_INSET = 0.17  # the L/R marks beside the shoulders, clear of the neighbouring drawing
CAPTION_GAP = 6
SPACING_MAX = 0.4  # at most this part of a body's width between two bodies: the views stay one picture
# What an exercise or a heat reading leaves untinted is washed pale, so that no tint (the red of
# "above the band" above all) is mistaken for the drawing's own muscle colour, colour-blind eyes too.
UNTINTED = QColor(244, 238, 232, 170)
FIBRES_ON_DARK, FIBRES_ON_LIGHT = QColor(255, 255, 255, 120), QColor(80, 45, 38, 140)
KEEP_AFTER_MS = 1500  # a layout after the map's first is kept between runs once it stayed this long


def muscle_of(element_id: str) -> str:
    """``gluteus_medius__left__2`` -> ``gluteus_medius``."""
    return element_id.split("__")[0]


class MapPaint(Record):
    """Colours for muscles and the legend that explains them: what heat mode shows."""

    colours: Mapping[str, QColor]
    legend: tuple[tuple[QColor, str], ...]


@dataclass
class _View:
    view: View
    drawing: Drawing
    caption: str
    rect: QRectF = field(default_factory=QRectF)
    body: tuple[QPoint, QImage] | None = None  # the body on the background, where it lies in device pixels
    layers: dict[str, tuple[QRect, QImage]] = field(default_factory=dict)  # region -> (where, alpha mask)
    fibre_lines: dict[tuple[str, int], QImage] = field(default_factory=dict)  # (region, ink) -> its fibres, inked


class MuscleMap(QWidget):
    """Emits ``muscles_picked`` with the picked muscle ids whenever the user changes them."""

    muscles_picked = Signal(tuple)

    def __init__(self, catalog: Catalog, language: Language, parent: QWidget | None = None,
                 side_view: bool = True) -> None:
        """``side_view``: offer the button that puts the hip from the side in the third place
        (the main map does; the week's small heat map does not)."""
        super().__init__(parent)
        self._catalog = catalog
        self._language = language
        self._drawn: list[_View] | None = None  # the drawings shown, read when first wanted (_views)
        # In the language the map is made in (a drawing read later is captioned as the map's others were).
        self._captions = {View.FRONT: self.tr("Front"), View.BACK: self.tr("Back"), View.DEEP: self.tr("Deep layer"),
                          View.SIDE: self.tr("Hip from the side")}
        self.side_view = QToolButton(self)
        self.side_view.setText(self.tr("Hip from the side"))
        self.side_view.setCheckable(True)
        self.side_view.toggled.connect(self._show_side_view)
        self.side_view.setVisible(side_view)
        self._offers_side_view = side_view
        self._picked: tuple[str, ...] = ()
        self._involvement: dict[str, float] = {}
        self._heat: MapPaint | None = None
        self._hover: str | None = None
        self._layers_size = QSize()
        self._layers_ratio = 0.0
        self._masks_ready = False
        self._layer_files = user_layer_files()
        self._layers_key = ""  # what the layout's layers follow from, naming their file
        self._kept_count = 0  # the layers of this layout its file holds
        self._kept_before = False  # a layout kept or read back already: a later one is kept once it stayed
        self._keeping = QTimer(self)
        self._keeping.setSingleShot(True)
        self._keeping.timeout.connect(self._keep_layers)
        self._legend_top = 0.0
        self._legend_lines = 0  # the lines the layout leaves the legend under the bodies
        self._caption_rows = 1
        self._spacing = 0.0  # between two bodies: a caption on a line of its own may use it
        self._picture: QPixmap | None = None  # everything but the hover tint, drawn once per change
        self.setMouseTracking(True)
        self.setMinimumSize(240, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # keyboard users pick from the muscle list
        self.setAccessibleName(self.tr("Muscle map"))

    @property
    def _views(self) -> list[_View]:
        """The three drawings shown, read when first wanted: a map not shown at start (the main one behind the Week tab
        a returning user left open, the Week page's behind the map) asks for no drawing then (three each, 4-5 ms when
        the process reads them)."""
        if self._drawn is None:
            self._drawn = [self._load(view) for view in SHOWN]
        return self._drawn

    def _load(self, view: View) -> _View:
        return _View(view, shared_drawing(resource_dir() / "anatomy" / VIEW_FILES[view]), self._captions[view])

    # -- what to show ----------------------------------------------------------------------

    @property
    def third_view(self) -> View:
        return self._views[2].view

    def _show_side_view(self, side: bool) -> None:
        """The hip from the side in the third place, or the deep layer again (the drawing read
        when first shown: the plain map at start-up reads three)."""
        wanted = View.SIDE if side else View.DEEP
        if self.third_view is wanted:
            return
        self._views[2] = self._load(wanted)
        self._layers_size = QSize()  # lay out and mask again
        self._hover = None
        self._redraw()

    @property
    def picked(self) -> tuple[str, ...]:
        return self._picked

    def muscles_drawn(self) -> set[str]:
        return {muscle_of(region) for view in self._views for region in view.drawing.regions}

    def set_picked(self, muscles: Iterable[str]) -> None:
        """Show these muscles as picked (from the keyboard list, say); emits nothing."""
        self._picked = tuple(dict.fromkeys(muscles))
        self._redraw()

    def show_involvement(self, muscles: Mapping[str, float]) -> None:
        """Paint an exercise's muscles by weight; an empty mapping clears it."""
        self._involvement = dict(muscles)
        self._redraw()

    def show_heat(self, paint: MapPaint | None) -> None:
        """Heat mode: a colour per muscle with its legend (None returns to the plain map). The
        same colours again repaint nothing: an edit that changes no muscle's band costs no paint."""
        if paint == self._heat:
            return
        self._heat = paint
        self._redraw()

    def _redraw(self) -> None:
        """What the map shows changed: draw the picture anew at the next paint, laid out again where the legend now
        wants another number of lines."""
        self._picture = None
        if self._legend_lines != self._legend_lines_wanted():
            self._layers_size = QSize()
        self.update()

    def _legend_lines_wanted(self) -> int:
        """The legend's lines: two, three in a narrow map, or as many as it takes (four in the week's small heat map
        in a large text size, where its last lines were drawn over the bodies)."""
        return max(len(self.legend_rows()), 3 if self.width() < 600 else 2)

    # -- geometry and hit testing --------------------------------------------------------------

    def _laid_out(self) -> bool:
        """Whether the layout is this size's and this pixel ratio's."""
        return self._layers_size == self.size() and self._layers_ratio == self.devicePixelRatioF()

    def _layout(self) -> None:
        if self._laid_out():
            return
        self._layers_size = self.size()
        self._layers_ratio = self.devicePixelRatioF()
        self._picture = None
        self._keeping.stop()  # a layout left before it stayed is not kept
        self.side_view.adjustSize()
        self.side_view.move(self.width() - self.side_view.width() - 2, self.height() - self.side_view.height() - 2)
        self.side_view.setVisible(self._offers_side_view and self._room_for_side_view())  # the legend's room with it
        self._legend_lines = self._legend_lines_wanted()
        legend_height = self.fontMetrics().height() * self._legend_lines
        gap = 8
        for rows in (1, 2):  # the captions' lines: two when a caption does not fit between its marks
            caption_height = self.fontMetrics().height() * rows + 6
            height = max(1.0, self.height() - legend_height - caption_height - gap)
            width = min(height * ASPECT, (self.width() - gap * 4) / 3)
            height = width / ASPECT
            if self._captions_fit(width):
                break
        self._caption_rows = rows
        caption = max(self.fontMetrics().horizontalAdvance(view.caption) for view in self._views) + 2
        # the spare width between the bodies: a little, or what a caption on its own line needs
        spacing = min(max(gap, (self.width() - 3 * width) / 4), max(width * SPACING_MAX, caption - width))
        self._spacing = spacing
        left = (self.width() - 3 * width - 2 * spacing) / 2
        top = max(caption_height, (self.height() - height - legend_height) / 2)  # centred when the map is wide
        self._legend_top = top + height + 4
        for number, view in enumerate(self._views):
            view.rect = QRectF(left + number * (width + spacing), top, width, height)
        self._read_layers()

    def _read_layers(self) -> None:
        """The layers an earlier run kept for this layout (layer_files.py), else none yet: each is drawn when first
        wanted. They follow from the views' places, the pixel ratio and the background the bodies are cut out on."""
        self._layers_key = repr((qVersion(), self._layers_ratio, self.width(), self.height(),
                                 self.palette().color(QPalette.ColorRole.Base).rgba(),
                                 [(view.view.value, view.rect.getRect()) for view in self._views]))
        for view in self._views:
            view.body, view.layers, view.fibre_lines = None, {}, {}
        kept = self._layer_files.read(self._layers_key)
        self._masks_ready = kept is not None and all(layers.masks is not None for layers in kept.views)
        if kept is not None:
            for view, layers in zip(self._views, kept.views, strict=True):
                x, y, body = layers.body
                view.body = QPoint(x, y), body.image()
                view.layers = {region: (QRect(*where), mask.image()) for region, where, mask in layers.masks or ()}
                view.fibre_lines = {(region, ink): lines.image() for region, ink, lines in layers.fibres}
            self._kept_before = True
        self._kept_count = self._layers_drawn()

    def _layer_images(self) -> list[QImage]:
        """Every layer drawn at this layout: the bodies, the regions' visible parts and their fibre lines."""
        return [image for view in self._views for image in (*(() if view.body is None else (view.body[1],)),
                                                             *(mask for _where, mask in view.layers.values()),
                                                             *view.fibre_lines.values())]

    def _layers_drawn(self) -> int:
        return len(self._layer_images())

    def _keep_later(self) -> None:
        """After a paint, keep for the next run what it drew at this layout that its file lacks: the map's first
        layout at once (start-up's, after its frame), a later one once it stayed (a window resized step by step keeps
        none of its steps), and neither in the paint."""
        if self._layers_drawn() > self._kept_count and not self._keeping.isActive():
            self._keeping.start(KEEP_AFTER_MS if self._kept_before else 0)

    def _keep_layers(self) -> None:
        """Write the layout's layers, if the map is still at it and they are worth keeping (layer_files.LAYOUT_BYTES);
        else they are not offered again."""
        if not self._laid_out() or any(view.body is None for view in self._views):
            return
        if not worth_keeping(self._layer_images()):
            self._kept_count = self._layers_drawn()
            return
        self._layer_files.write(Layers(self._layers_key, [
            ViewLayers((view.body[0].x(), view.body[0].y(), Pixels.of(view.body[1])),
                       [(region, where.getRect(), Pixels.of(mask)) for region, (where, mask) in view.layers.items()]
                       if self._masks_ready else None,
                       [(region, ink, Pixels.of(lines)) for (region, ink), lines in view.fibre_lines.items()])
            for view in self._views]))
        self._kept_count = self._layers_drawn()
        self._kept_before = True

    def _masks(self) -> None:
        """Every region's mask at the current layout, made when first needed (hit testing, a tint,
        a pick, the hover): the plain map's first paint, at start-up, draws the bodies alone."""
        self._layout()
        if self._masks_ready:
            return
        for view in self._views:
            view.layers = {region: self._mask(view, region) for region in view.drawing.regions}
            _visible_parts_only(view.layers | {cover: self._mask(view, cover) for cover in view.drawing.covers})
        self._masks_ready = True

    @staticmethod
    def _placed(view: _View, element: str) -> QRectF:
        """Where an element of the drawing lies in the widget."""
        scale = view.rect.width() / VIEW_WIDTH
        bounds = view.drawing.renderer.boundsOnElement(element)
        return QRectF(view.rect.left() + bounds.left() * scale, view.rect.top() + bounds.top() * scale,
                      bounds.width() * scale, bounds.height() * scale)

    def _mask(self, view: _View, region: str) -> tuple[QRect, QImage]:
        """The region's shape at its place in the widget, drawn at the screen's pixel density."""
        ratio = self.devicePixelRatioF()
        target = self._placed(view, region)
        where = target.toAlignedRect()
        image = QImage(where.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(ratio, ratio)
        view.drawing.renderer.render(painter, region, target.translated(-where.left(), -where.top()))
        painter.end()
        image.setDevicePixelRatio(ratio)
        return where, image

    def region_at(self, point: QPoint | QPointF) -> str | None:
        """The muscle region (element id) under a widget point, or None."""
        self._masks()
        spot = QPointF(point).toPoint()
        for view in self._views:
            if not view.rect.contains(QPointF(spot)):
                continue
            for region, (where, image) in reversed(view.layers.items()):
                if where.contains(spot) and _alpha(image, spot - where.topLeft()) > 128:
                    return region
        return None

    def point_in(self, muscle: str, view_number: int | None = None) -> QPoint:
        """A point well inside a region of the muscle (for tests and keyboard focus)."""
        self._masks()
        views = self._views if view_number is None else [self._views[view_number]]
        for view in views:
            for region, (where, image) in view.layers.items():
                if muscle_of(region) != muscle:
                    continue
                inside = [QPoint(x, y) for y in range(0, where.height(), 2) for x in range(0, where.width(), 2)
                          if _alpha(image, QPoint(x, y)) == 255]
                if inside:
                    centre = QPointF(sum(p.x() for p in inside) / len(inside), sum(p.y() for p in inside) / len(inside))
                    best = min(inside, key=lambda p: (p.x() - centre.x()) ** 2 + (p.y() - centre.y()) ** 2)
                    candidate = best + where.topLeft()
                    if muscle_of(self.region_at(candidate) or "") == muscle:
                        return candidate
        raise LookupError(f"no region of {muscle} is drawn")

    # -- painting ---------------------------------------------------------------------------

    def _colour(self, muscle: str) -> QColor | None:
        if self._heat is not None:
            return self._heat.colours.get(muscle)
        weight = self._involvement.get(muscle)
        return INVOLVEMENT_COLOURS.get(weight) if weight is not None else None

    def paintEvent(self, event: QPaintEvent) -> None:
        """The picture (bodies, tints, legend) is drawn once per change and kept; a repaint (a
        hover, a window over it, a relayout of the page around it) draws only the picture and the
        hovered muscle's tint."""
        self._layout()
        if self._picture is None:
            self._picture = QPixmap(self.size() * self.devicePixelRatioF())
            self._picture.setDevicePixelRatio(self.devicePixelRatioF())
            self._paint_picture(self._picture)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        if self._hover is not None:
            self._masks()
            for view in self._views:
                for region, (where, mask) in view.layers.items():
                    if muscle_of(region) == self._hover:
                        painter.drawImage(where, _tinted(mask, QBrush(HOVER_COLOUR)))
        painter.end()
        self._keep_later()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._layers_size = QSize()  # laid out again: the bodies are cut out on the background, under the captions
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._redraw()
        super().changeEvent(event)

    def _paint_picture(self, device: QPixmap) -> None:
        palette = self.palette()
        # All of it: at a fractional scale and an odd size a rectangle of the widget's leaves the last row and
        # column half covered, blended with whatever the new pixmap's memory held
        device.fill(palette.color(QPalette.ColorRole.Base))
        self._paint_bodies(device)
        painter = QPainter(device)
        painter.setFont(self.font())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for (caption, marks), view in zip(self.caption_boxes(), self._views, strict=True):
            painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, self.fitted_caption(view))
            for mark, side in zip(marks, self._sides(view), strict=True):
                painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, side)
            tinting = self._heat is not None or bool(self._involvement)
            if tinting or self._picked:
                self._masks()
            for region, (where, mask) in view.layers.items():
                muscle = muscle_of(region)
                colour = self._colour(muscle)
                if colour is not None:
                    painter.drawImage(where, self._with_fibres(_tinted(mask, QBrush(colour)),
                                                               colour, view, region, where))
                elif tinting:  # the drawing's own fibres show through the pale wash
                    painter.drawImage(where, _tinted(mask, QBrush(UNTINTED)))
                if muscle in self._picked:
                    _paint_picked(painter, where, mask)
        self._paint_legend(painter)
        painter.end()

    def _paint_bodies(self, device: QPixmap) -> None:
        """The bodies on the background: each as kept, or rendered and then cut out of the picture where it lies, to
        be drawn as it is at the next paint or start at this layout (rendered into an image of its own, a body's edges
        came out different)."""
        ratio = device.devicePixelRatio()
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for view in self._views:
            if view.body is None:
                view.drawing.renderer.render(painter, view.rect)
            else:
                painter.drawImage(QPointF(view.body[0]) / ratio, view.body[1])
        painter.end()
        drawn = [view for view in self._views if view.body is None]
        picture = device.toImage() if drawn else QImage()
        for view in drawn:
            where = QRectF(view.rect.topLeft() * ratio, view.rect.size() * ratio).toAlignedRect()
            body = picture.copy(where)
            body.setDevicePixelRatio(ratio)
            view.body = where.topLeft(), body

    def _with_fibres(self, tint: QImage, colour: QColor, view: _View, region: str, where: QRect) -> QImage:
        """The region's tint with its fibre lines drawn into it again, faintly, light on a dark
        tint and dark on a light one: the fibres' course stays readable, only where the region is seen."""
        if region not in view.drawing.fibres:
            return tint
        ink = FIBRES_ON_DARK if colour.lightness() < 128 else FIBRES_ON_LIGHT
        painter = QPainter(tint)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceAtop)
        painter.drawImage(QPointF(0, 0), self._fibre_lines(view, region, where, tint, ink))
        painter.end()
        return tint

    def _fibre_lines(self, view: _View, region: str, where: QRect, tint: QImage, ink: QColor) -> QImage:
        """The region's fibre lines in the ink, as large as its tint: drawn and inked at once, once per layout and
        ink (they were inked in a copy of their own, with a painter more, at every paint)."""
        lines = view.fibre_lines.get((region, ink.rgba()))
        if lines is None:
            lines = QImage(tint.size(), QImage.Format.Format_ARGB32_Premultiplied)
            lines.setDevicePixelRatio(tint.devicePixelRatio())
            lines.fill(Qt.GlobalColor.transparent)
            painter = QPainter(lines)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.drawing.renderer.render(painter, region + FIBRES,
                                         self._placed(view, region + FIBRES).translated(-QPointF(where.topLeft())))
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(lines.rect(), QBrush(ink))
            painter.end()
            view.fibre_lines[region, ink.rgba()] = lines
        return lines

    def _sides(self, view: _View) -> tuple[str, str]:
        """The marks left and right of a view: seen from the front, the body's left is on the right;
        the hip from the side has none (its caption says which side)."""
        left, right = self.tr("L"), self.tr("R")
        if view.view is View.SIDE:
            return ("", "")
        return (right, left) if view.view is View.FRONT else (left, right)

    def _captions_fit(self, width: float) -> bool:
        """Whether each caption fits between its L/R marks on one line, at this view width."""
        metrics = self.fontMetrics()
        marks = max(metrics.horizontalAdvance(side) for view in self._views for side in self._sides(view))
        caption = max(metrics.horizontalAdvance(view.caption) for view in self._views)
        return caption + 2 * (marks + CAPTION_GAP) <= width * (1 - 2 * MARK_INSET)

    def fitted_caption(self, view: _View) -> str:
        """The caption as painted: cut short with "…" when even a line of its own, as wide as the
        body and the space between two bodies, is narrower than it (a long translation over the
        week's small heat map); its tooltip tells it whole."""
        return self.fontMetrics().elidedText(view.caption, Qt.TextElideMode.ElideRight,
                                             int(view.rect.width() + self._spacing))

    def caption_at(self, point: QPoint) -> str:
        """The whole caption under the point when it is painted cut short (else empty)."""
        for (box, _marks), view in zip(self.caption_boxes(), self._views, strict=True):
            if box.contains(QPointF(point)) and self.fitted_caption(view) != view.caption:
                return view.caption
        return ""

    def caption_boxes(self) -> list[tuple[QRectF, tuple[QRectF, QRectF]]]:
        """Each view's caption and its two side marks, above the drawing: on one line beside the
        shoulders when the caption fits between them, else the marks on a line of their own."""
        line = self.fontMetrics().height()
        mark_width = max(self.fontMetrics().horizontalAdvance(side) for view in self._views
                         for side in self._sides(view)) + 4
        boxes = []
        for view in self._views:
            rect = view.rect
            marks_top = rect.top() - line - 3
            caption_top = marks_top if self._caption_rows == 1 else marks_top - line
            caption = QRectF(rect.left() - self._spacing / 2, caption_top, rect.width() + self._spacing, line)
            inset = rect.width() * MARK_INSET if self._caption_rows == 1 else 0.0
            # apart over a body narrower than both (the week's heat map in a large text size), else drawn as one
            half = max(rect.width() / 2 - inset, mark_width + CAPTION_GAP / 2)
            left = QRectF(rect.center().x() - half, marks_top, mark_width, line)
            right = QRectF(rect.center().x() + half - mark_width, marks_top, mark_width, line)
            if self._caption_rows == 1:  # the caption's text only, between the marks
                text = self.fontMetrics().horizontalAdvance(view.caption) + 2
                caption = QRectF(rect.center().x() - text / 2, caption_top, text, line)
            boxes.append((caption, (left, right)))
        return boxes

    def _legend_entries(self) -> list[tuple[QColor | None, str]]:
        """Colour and text of each legend entry; None draws the picked muscles' hatch."""
        if self._heat is not None:
            entries = list(self._heat.legend)
        elif self._involvement:
            entries = self._role_entries()
        else:
            entries = []
        if self._picked:
            entries.append(self._picked_entry())
        return entries

    def _role_entries(self) -> list[tuple[QColor | None, str]]:
        return [(INVOLVEMENT_COLOURS[PRIMARY], self.tr("Primary")),
                (INVOLVEMENT_COLOURS[SECONDARY], self.tr("Secondary")),
                (INVOLVEMENT_COLOURS[MINOR], self.tr("Minor"))]

    def _picked_entry(self) -> tuple[QColor | None, str]:
        return None, self.tr("Picked")

    def _legend_widths(self) -> list[float]:
        return [self._legend_width(text) for _colour, text in self._legend_entries()]

    def _legend_width(self, text: str) -> float:
        metrics = self.fontMetrics()
        return metrics.height() + 2 + metrics.horizontalAdvance(text) + 16

    def _beside_button(self) -> float:
        """The width a centred legend has clear of the side-view button in the corner."""
        return self.width() - 2 * (self.side_view.sizeHint().width() + 4)

    def _room_for_side_view(self) -> bool:
        """The button takes the corner where the fullest legend the map shows (the roles and
        "Picked") still fits beside it two entries to a line; a narrower map leaves it out."""
        widths = [self._legend_width(text) for _colour, text in [*self._role_entries(), self._picked_entry()]]
        return self._beside_button() >= max(widths[0] + widths[1], widths[2] + widths[3])

    def legend_rows(self) -> list[list[int]]:
        """The legend's entries per line: as few lines as fit the width clear of the side-view
        button in the corner, the entries shared out evenly among them (a wrapped legend never
        leaves one entry alone on a line)."""
        widths = self._legend_widths()
        room = self.width() if self.side_view.isHidden() else self._beside_button()
        for count in range(1, len(widths) + 1):
            per_row = -(-len(widths) // count)
            rows = [list(range(start, min(start + per_row, len(widths)))) for start in range(0, len(widths), per_row)]
            if all(sum(widths[i] for i in row) <= room for row in rows):
                return rows
        return [[number] for number in range(len(widths))]

    def legend_swatches(self) -> list[tuple[QRect, str]]:
        """Where each entry's swatch is drawn, with its text."""
        metrics = self.fontMetrics()
        box = metrics.height() - 4
        entries, widths, rows = self._legend_entries(), self._legend_widths(), self.legend_rows()
        y = min(self._legend_top, self.height() - len(rows) * metrics.height() - 2)
        swatches = []
        for row in rows:
            x = (self.width() - sum(widths[i] for i in row)) / 2
            for number in row:
                swatches.append((QRect(round(x), round(y), box, box), entries[number][1]))
                x += widths[number]
            y += metrics.height()
        return swatches

    def _paint_legend(self, painter: QPainter) -> None:
        colours = {text: colour for colour, text in self._legend_entries()}
        for swatch, text in self.legend_swatches():
            colour = colours[text]
            if colour is None:
                mask = QImage(swatch.size(), QImage.Format.Format_ARGB32_Premultiplied)
                mask.fill(QColor(0, 0, 0, 255))
                _paint_picked(painter, swatch.adjusted(OUTLINE_PX, OUTLINE_PX, -OUTLINE_PX, -OUTLINE_PX), mask)
            else:
                painter.fillRect(swatch, colour)
            painter.drawText(QPointF(swatch.right() + 7, swatch.bottom()), text)

    # -- interaction ------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        region = self.region_at(event.position())
        hover = muscle_of(region) if region else None
        if hover != self._hover:
            self._hover = hover
            self.setCursor(Qt.CursorShape.PointingHandCursor if hover else Qt.CursorShape.ArrowCursor)
            self.update()

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        region = self.region_at(event.position())
        if region is None:
            picked: tuple[str, ...] = ()
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            muscle = muscle_of(region)
            picked = tuple(m for m in self._picked if m != muscle) if muscle in self._picked else \
                (*self._picked, muscle)
        else:
            picked = (muscle_of(region),)
        if picked != self._picked:
            self._picked = picked
            self._redraw()
            self.muscles_picked.emit(picked)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A clicked muscle is told about at once (a hover's tooltip waits; a press hides any)."""
        text = self.tooltip_at(event.position().toPoint()) if event.button() == Qt.MouseButton.LeftButton else ""
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def facts_at(self, point: QPoint) -> str:
        """What the map tells about the muscle under the point, as plain text (empty elsewhere)."""
        region = self.region_at(point)
        return muscle_facts(self._catalog, muscle_of(region), self._language) if region else ""

    def tooltip_at(self, point: QPoint) -> str:
        """The facts, or a caption cut short, as a tooltip that shows them literally."""
        return plain_tooltip(self.facts_at(point) or self.caption_at(point))

    def sizeHint(self) -> QSize:
        return QSize(720, 520)


def _alpha(image: QImage, point: QPoint) -> int:
    """The mask's opacity at a point given in widget pixels (the mask may be denser)."""
    ratio = image.devicePixelRatio()
    x, y = int(point.x() * ratio), int(point.y() * ratio)
    if not (0 <= x < image.width() and 0 <= y < image.height()):
        return 0
    return image.pixelColor(x, y).alpha()


def _visible_parts_only(layers: dict[str, tuple[QRect, QImage]]) -> None:
    """Cut from each mask what regions (and covers) drawn after it cover, so a tint never shows
    through (gluteus medius must not paint over the minimus in front of it)."""
    entries = list(layers.values())
    for number, (where, image) in enumerate(entries):
        painter = QPainter(image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOut)
        for above_where, above in entries[number + 1:]:
            if where.intersects(above_where):
                painter.drawImage(above_where.topLeft() - where.topLeft(), above)
        painter.end()


def _paint_picked(painter: QPainter, where: QRect, mask: QImage) -> None:
    """A picked muscle: a black line with a white edge round its shape, and inside it a black and
    a white hatch crossing, which read over any fill and hide none of it."""
    ring = QImage(mask.size() + QSize(4 * OUTLINE_PX, 4 * OUTLINE_PX) * mask.devicePixelRatio(),
                  QImage.Format.Format_ARGB32_Premultiplied)
    ring.setDevicePixelRatio(mask.devicePixelRatio())
    ring.fill(Qt.GlobalColor.transparent)
    ring_painter = QPainter(ring)
    for radius, colour in ((OUTLINE_PX * 2, PICKED_LIGHT), (OUTLINE_PX, PICKED_DARK)):
        shape = _tinted(mask, QBrush(colour))
        for dx in (-radius, 0, radius):
            for dy in (-radius, 0, radius):
                ring_painter.drawImage(QPointF(2 * OUTLINE_PX + dx, 2 * OUTLINE_PX + dy), shape)
    ring_painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOut)
    ring_painter.drawImage(QPointF(2 * OUTLINE_PX, 2 * OUTLINE_PX), mask)  # the outline stays outside the shape
    ring_painter.end()
    painter.drawImage(where.topLeft() - QPoint(2 * OUTLINE_PX, 2 * OUTLINE_PX), ring)
    painter.drawImage(where, _tinted(mask, QBrush(PICKED_LIGHT, Qt.BrushStyle.FDiagPattern)))
    painter.drawImage(where, _tinted(mask, QBrush(PICKED_DARK, Qt.BrushStyle.BDiagPattern)))


def _tinted(mask: QImage, brush: QBrush) -> QImage:
    """The mask's shape filled with the brush (its alpha kept)."""
    image = mask.copy()
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), brush)
    painter.end()
    return image


def main() -> int:
    """Preview: ``python -m glueplan.ui.map.muscle_map [en|da|nb]``."""
    from PySide6.QtWidgets import QApplication

    from glueplan.app.system_language import system_language
    from glueplan.domain.catalog import builtin_catalog

    app = QApplication.instance() or QApplication(sys.argv)
    language = Language(sys.argv[1]) if len(sys.argv) > 1 else system_language()
    catalog = builtin_catalog()
    widget = MuscleMap(catalog, language)
    widget.show_involvement(dict(catalog.exercise("bulgarian_split_squat").muscles))
    widget.resize(900, 620)
    widget.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
