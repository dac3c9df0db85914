"""desktop.nlp — Chinese word segmentation, keywords and topic suggestions.

The one place jieba is imported. jieba costs half a second to load its dictionary, so it is
loaded lazily, once per Segmenter, the first time words are needed.
"""

from desktop.nlp.segmentation import Segmenter
from desktop.nlp.topics import Topic, TopicLexicon, TopicSuggestion

__all__ = ["Segmenter", "Topic", "TopicLexicon", "TopicSuggestion"]
