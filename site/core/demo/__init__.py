"""Demo content for ``manage.py load_demo``: a Hải Dương emulation office with a few years of news.

``site_data`` holds the office settings, menu and categories; ``articles`` the news items;
``fragments`` the hand-written phrases the articles are assembled from; ``images`` draws the
illustrations with Pillow. Every person named in the demo articles is fictional.
"""
