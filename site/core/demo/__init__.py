"""Demo content for ``manage.py load_demo``: a Hải Dương emulation office with a few years of news.

``site_data`` holds the office settings, menu and categories; ``articles`` the news items;
``fragments`` the hand-written phrases the articles are assembled from; ``images`` draws the
illustrations with Pillow. ``documents`` is the document library (the laws and directives the
seed names, and the province's own), ``pdf`` draws each document's one-page PDF, ``campaigns``
the emulation movements, and ``loading`` puts documents and campaigns in the page tree.
Every person named in the demo articles is fictional; signers are positions, never names.
"""
