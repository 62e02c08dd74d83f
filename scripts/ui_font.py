#!/usr/bin/env python3
"""Makes the UI font: a subset of Inter with TrueType (quadratic) outlines.

    ui_font.py SOURCE.otf OUTPUT.ttf

Debian's Inter is CFF (cubic outlines). stb_truetype, which rasterises the atlas at start-up,
interprets a CFF charstring twice per glyph (once for its box, once for its shape); TrueType
outlines are read directly, which halves the font step of the first frame (docs/performance.md).
The curves are approximated within 8 font units (of 2816 per em: 0.09 px at 15 px on a 2x
screen, invisible), which costs about 400 bytes of download.
"""
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import newTable

# The characters the UI draws; theme.cpp rasterises the same ranges.
UNICODES = "U+0020-007E,U+00A0-00FF,U+2013-2014,U+2022,U+2026,U+2190-2193,U+2212"
MAX_ERROR = 8.0  # font units


def subset_font(source):
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = [1, 2]
    options.drop_tables += ["GSUB", "GPOS", "GDEF"]
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)
    return font


def to_truetype(font):
    if "glyf" in font:
        return font
    order = font.getGlyphOrder()
    cubic = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        # TrueType winds outer contours clockwise, CFF counter-clockwise.
        cubic[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    maxp = newTable("maxp")  # version 1.0, which TrueType outlines need; compiled from glyf
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxPoints", "maxContours",
                  "maxCompositePoints", "maxCompositeContours", "maxComponentElements",
                  "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcBBoxes = True  # glyph boxes are computed from the new outlines
    return font


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    to_truetype(subset_font(sys.argv[1])).save(sys.argv[2])


if __name__ == "__main__":
    main()
