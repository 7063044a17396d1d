"""Fixtures shipped for tests and benchmarks (a throwaway Virtuoso server, a headless Chromium);
not part of the runtime API, and nothing in kg imports them."""
