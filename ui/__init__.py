"""Streamlit view code for app.py: reads kg objects and renders them.

Only this package and app.py import streamlit; kg/ stays a plain library.
"""
