"""What the window and its controllers work with, passed in (no globals)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.nlp import Segmenter, TopicLexicon
from desktop.store.database import Database
from desktop.ui.settings import Settings


@dataclass
class AppContext:
    db: Database
    segmenter: Segmenter
    lexicon: TopicLexicon
    settings: Settings
    data_dir: Path
