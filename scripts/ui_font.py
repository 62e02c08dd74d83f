#!/usr/bin/env python3
"""Makes the UI font's two files: subsets of Inter with TrueType (quadratic) outlines.

    ui_font.py SOURCE.otf FIRST.ttf EXTRA.ttf

FIRST holds what the UI's own text needs and is embedded in the app (the first-visit download).
EXTRA holds the rest of the Latin script, Greek and Cyrillic: it is a separate file, fetched
only when a plan name or typed text needs one of its characters (src/app/ui_font.cpp).

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

# The characters the UI draws; ui_font.cpp rasterises the same ranges.
UNICODES = "U+0020-007E,U+00A0-00FF,U+2013-2014,U+2022,U+2026,U+2190-2193,U+2212"
# The user's own text in the Latin script (Latin Extended-A, the letters of Latin Extended-B
# that Romanian, Vietnamese, pinyin and Azerbaijani use, Latin Extended Additional for
# Vietnamese), Greek and Cyrillic, with their punctuation and currency signs. ui_font.cpp
# fetches this file for a character of these blocks (in_extra_blocks); what it lacks, the
# browser draws.
EXTRA_UNICODES = ("U+0100-017F,U+018F,U+0192,U+01A0-01A1,U+01AF-01B0,U+01CD-01DC,U+0218-021B,U+0259,"
                  "U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2010-2027,U+2030-203A,U+2044,U+20A0-20C0,U+2116,U+2122")
MAX_ERROR = 8.0  # font units


def subset_font(source, unicodes):
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = [1, 2]
    options.drop_tables += ["GSUB", "GPOS", "GDEF"]
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(unicodes))
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
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    to_truetype(subset_font(sys.argv[1], UNICODES)).save(sys.argv[2])
    to_truetype(subset_font(sys.argv[1], EXTRA_UNICODES)).save(sys.argv[3])


if __name__ == "__main__":
    main()
