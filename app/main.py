"""Streamlit entry point: the page router. Pages live beside it and only render."""

import streamlit as st

st.set_page_config(page_title="问题链数学导师 · Question-chain tutor", page_icon="🧮", layout="wide")
st.title("问题链数学导师 · Question-chain math tutor")
st.info("The teacher workspace is being built. 教师工作台建设中。")
