"""Where the results screen shows a level's own words, as sizes the fit check measures against
(game/fitcheck.py) without importing the screen (game/scenes/results.py draws them: the same
numbers; tests/test_fitcheck.py holds the screen's verdicts to the check's).

The heading is "结果 · <the level's title>" in one line across the page; the level's rule sits in
the "Remember this" box on the score card, in up to four lines; on a 4:3 or 5:4 screen the
cards' text is TALL_TYPE times larger in the same width.
"""
from __future__ import annotations

HEADING_SIZE = 34
HEADING_MARGIN = 24  # the heading keeps this far from the page's sides
RULE_W, RULE_SIZE, RULE_LINES = 320, 24, 4
TALL_TYPE = 1.2
