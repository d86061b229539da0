"""Export dialogs: the account plan PDF (internal or customer edition) and the meeting brief PDF."""
