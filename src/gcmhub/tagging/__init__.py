"""Tagging from text alone: gazetteers and classifiers, plain Python with no Django.

The one entry point others call is :func:`tag_text`; ``objectives`` holds the objective
classifier. Both are filled in by the tagging modules of this package.
"""
