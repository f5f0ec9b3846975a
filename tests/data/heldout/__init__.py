"""Held-out documents of the reader corpus, with their scorer (``score.py``); see README.md."""
