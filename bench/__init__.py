"""The benchmark: a large corpus, gunicorn under production settings, wrk, and a table of ratios to the floor."""
