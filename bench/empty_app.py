"""The floor of bench/first_paint.py: Streamlit's own start in the browser, an app of one
line of text (no store, no graph). Not part of the explorer.

    streamlit run bench/empty_app.py
"""

import streamlit as st

st.markdown("Russian negotiating style")
