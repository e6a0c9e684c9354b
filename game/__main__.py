"""`python -m game validate|autoplay|screenshot`: see game/cli.py."""
import sys

from game.cli import main

sys.exit(main())
