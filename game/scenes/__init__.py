"""Scenes: title, play, pause, results. Each turns Actions into intents or menu choices, and draws itself."""
