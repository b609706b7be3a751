"""Paints an exercise's frame onto any QPainter: a widget, an image or a printer.

The scene is built in metres and scaled to the target by the painter's transform, with
outlines drawn as cosmetic pens, so a printed figure stays vector-sharp at any size.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from glueplan.domain.figure.pose import Motion
from glueplan.domain.figure.scene import Scene, as_seen, scene_at
from glueplan.ui.illustration.body_shapes import body_layers
from glueplan.ui.illustration.equipment_shapes import equipment_layers
from glueplan.ui.illustration.shapes import OUTLINE, Layer

FLOOR = QColor(160, 160, 160)
MARGIN = 0.08  # metres of air round the drawing
BOUNDS_STEPS = 8  # frames sampled for an animation's frame of reference


def scene_layers(scene: Scene, muscles: Mapping[str, float]) -> list[Layer]:
    """Body and equipment as the viewer sees them, back to front."""
    seen = as_seen(scene)
    layers = body_layers(seen.figure, muscles) + equipment_layers(seen)
    return sorted(layers, key=lambda layer: (round(layer.depth / 0.04), layer.order))


def layers_bounds(layers: list[Layer]) -> QRectF:
    bounds = QRectF()
    for layer in layers:
        for shape in layer.shapes:
            bounds = bounds.united(shape.path.boundingRect())
    bounds.setBottom(max(bounds.bottom(), 0.0))
    bounds.setTop(min(bounds.top(), 0.0))  # the floor is always in the picture
    return bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def motion_bounds(motion: Motion) -> QRectF:
    """A frame that holds every pose of the motion, so the animation does not jump about."""
    bounds = QRectF()
    for step in range(BOUNDS_STEPS + 1):
        bounds = bounds.united(layers_bounds(scene_layers(scene_at(motion, step / BOUNDS_STEPS), {})))
    return bounds


def paint_scene(painter: QPainter, target: QRectF, scene: Scene, muscles: Mapping[str, float],
                bounds: QRectF | None = None) -> None:
    """Paint the frame centred in ``target``, scaled so ``bounds`` (metres; default: the
    frame's own) fits it."""
    layers = scene_layers(scene, muscles)
    world = bounds if bounds is not None else layers_bounds(layers)
    scale = min(target.width() / world.width(), target.height() / world.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(target.center())
    painter.scale(scale, -scale)
    painter.translate(-world.center())
    line = min(2.2, max(0.6, scale * 0.0065))
    floor = QPen(FLOOR, line * 1.2)
    floor.setCosmetic(True)
    painter.setPen(floor)
    if not scene.motion.tilt:  # seen from above the floor is a plane, not a line: what lies on it shows it
        painter.drawLine(QLineF(world.left(), 0.0, world.right(), 0.0))  # QLineF: the int overload cut the floor
    outline = QPen(OUTLINE, line)
    outline.setCosmetic(True)
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for layer in layers:
        _paint_layer(painter, layer, outline)
    painter.restore()


def _paint_layer(painter: QPainter, layer: Layer, outline: QPen) -> None:
    silhouette = QPainterPath()
    for shape in layer.shapes:
        painter.setPen(Qt.PenStyle.NoPen if layer.silhouette or not shape.outline else outline)
        painter.setBrush(shape.brush)
        painter.drawPath(shape.path)
        if shape.glows:
            painter.save()
            painter.setClipPath(shape.path, Qt.ClipOperation.IntersectClip)
            painter.setPen(Qt.PenStyle.NoPen)
            for path, brush in shape.glows:
                painter.setBrush(brush)
                painter.drawPath(path)
            painter.restore()
        if layer.silhouette:
            silhouette = silhouette.united(shape.path)
    if layer.silhouette:
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(silhouette)


def render_image(motion: Motion, t: float, size: QSize, muscles: Mapping[str, float],
                 bounds: QRectF | None = None, background: QColor | None = None) -> QImage:
    """The frame at ``t`` as an image (transparent unless a background is given)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(background if background is not None else Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_scene(painter, QRectF(0, 0, size.width(), size.height()), scene_at(motion, t), muscles, bounds)
    painter.end()
    return image
