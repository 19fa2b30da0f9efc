"""Labels printed on the documents that the window also shows under the same English
word: each carries what it means on paper, so that translators see one sense per message
(tools check that no word is shared unexplained between paper and screen)."""

from desktop.domain.text import QT_TRANSLATE_NOOP

PROJECT = QT_TRANSLATE_NOOP("Documents", "Project",
    "printed: the Erasmus+ project an action belongs to")
RESULT = QT_TRANSLATE_NOOP("Documents", "Result",
    "printed: a project result (what the project produces)")
CHANNEL = QT_TRANSLATE_NOOP("Documents", "Channel",
    "printed: the channel of a dissemination action (blog, press…)")
TARGET_GROUP = QT_TRANSLATE_NOOP("Documents", "Target group",
    "printed: the group a dissemination action is for")
PURPOSE = QT_TRANSLATE_NOOP("Documents", "Purpose",
    "printed: why a dissemination action is done")
STATUS = QT_TRANSLATE_NOOP("Documents", "Status",
    "printed: planned, done or cancelled")
DATE = QT_TRANSLATE_NOOP("Documents", "Date",
    "printed: the day a dissemination action was done or is planned")
REACHED = QT_TRANSLATE_NOOP("Documents", "Reached",
    "printed: number of people a dissemination action reached")
PROJECT_REPORT = QT_TRANSLATE_NOOP("Documents", "Project report",
    "printed: title of the report for the national agency")
DISSEMINATION = QT_TRANSLATE_NOOP("Documents", "Dissemination",
    "printed: heading of the dissemination log")
SUSTAINABILITY = QT_TRANSLATE_NOOP("Documents", "Sustainability",
    "printed: how a result lives on after the grant")
SCHOOL = QT_TRANSLATE_NOOP("Documents", "School",
    "printed: the school (organisation) that runs the project")
PERIOD = QT_TRANSLATE_NOOP("Documents", "Period",
    "printed: the project's or report's dates, from–to")
INDICATOR = QT_TRANSLATE_NOOP("Documents", "Indicator",
    "printed: what number or sign shows a result's success")
EVALUATION = QT_TRANSLATE_NOOP("Documents", "Evaluation",
    "printed: notes on how a result was evaluated")
FUNDING = QT_TRANSLATE_NOOP("Documents", "Funding",
    "printed: the programme that funds the project (Erasmus+, FERS…)")
NEEDS_ANALYSIS = QT_TRANSLATE_NOOP("Documents", "Needs analysis",
    "printed: the school's needs the project answers")
OBJECTIVES = QT_TRANSLATE_NOOP("Documents", "Objectives",
    "printed: what the project sets out to achieve, not an indicator's target")
PARTNERS = QT_TRANSLATE_NOOP("Documents", "Partners",
    "printed: heading of the partner organisations")
ORGANISATION = QT_TRANSLATE_NOOP("Documents", "Organisation",
    "printed: a partner organisation's name (column head)")
CITY = QT_TRANSLATE_NOOP("Documents", "City",
    "printed: the city of a trip or partner (column head)")
COUNTRY = QT_TRANSLATE_NOOP("Documents", "Country",
    "printed: the country of a partner (column head)")
ROLE = QT_TRANSLATE_NOOP("Documents", "Role",
    "printed: a partner's role in the project (coordinator, partner)")
PARTICIPANTS = QT_TRANSLATE_NOOP("Documents", "Participants",
    "printed: the people who went on the trips")
FEWER_OPPORTUNITIES = QT_TRANSLATE_NOOP("Documents", "Fewer opportunities",
    "printed: participants with fewer opportunities (a figure)")
GREEN_TRAVEL = QT_TRANSLATE_NOOP("Documents", "Green travel",
    "printed: trips made by sustainable means (a figure)")
MOBILITIES = QT_TRANSLATE_NOOP("Documents", "Mobilities",
    "printed: heading of the trips abroad")
DATES = QT_TRANSLATE_NOOP("Documents", "Dates",
    "printed: first and last day of a trip (column head)")
PEOPLE = QT_TRANSLATE_NOOP("Documents", "People",
    "printed: how many people went on a trip (column head)")
LEARNING_OUTCOMES = QT_TRANSLATE_NOOP("Documents", "Learning outcomes",
    "printed: what a trip's participants learnt")
PASSED_ON = QT_TRANSLATE_NOOP("Documents", "Passed on to colleagues",
    "printed: what was shared with colleagues after a trip")
RESULTS = QT_TRANSLATE_NOOP("Documents", "Results",
    "printed: heading of the project results")
DESCRIPTION = QT_TRANSLATE_NOOP("Documents", "Description",
    "printed: a result's description")
MESSAGE = QT_TRANSLATE_NOOP("Documents", "Message",
    "printed: the message for a result's target group")
OPEN_LICENCE = QT_TRANSLATE_NOOP("Documents", "Open licence",
    "printed: the open licence of published material")
PRIORITY = QT_TRANSLATE_NOOP("Documents", "Priority",
    "printed: a target group is primary or secondary")
REPRESENTATIVES = QT_TRANSLATE_NOOP("Documents", "Representatives",
    "printed: named representatives of a target group")
TOPIC = QT_TRANSLATE_NOOP("Documents", "Topic",
    "printed: a trip's topic (column head)")
