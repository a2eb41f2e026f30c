"""crmlab — a Jupyter teaching kit for Customer Relationship Management (客户关系管理).

The course follows the IDIC model: Identify (识别客户), Differentiate (区分客户), Interact (客户互动),
Customize (客户个性化), on a simulated telecom operator with a planted ground truth.
``crmlab.set_language("zh")`` switches charts, widgets, exercise feedback and the data to Chinese.

>>> import crmlab
>>> data = crmlab.generate_telecom(n_customers=100, months=3)
>>> sorted(data.tables())[:3]
['bills', 'campaign_contacts', 'campaigns']
"""

from .datasets import load_telecom
from ._language import language, set_language
from .glossary import tr
from .synth import generate_telecom
from .tables import SCHEMA, TelecomData

__all__ = ["generate_telecom", "load_telecom", "TelecomData", "SCHEMA", "set_language", "language", "tr"]
__version__ = "0.1.0"
