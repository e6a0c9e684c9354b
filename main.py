"""Start 锡小朗防骗闯关: `python main.py [--fullscreen] [--size WxH] [--frames N]`."""
import sys

from game.cli import run_game

if __name__ == "__main__":
    sys.exit(run_game())
