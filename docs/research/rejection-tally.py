"""Count the search log's rejection reasons by keyword, as reported in its Totals section.

Run from the repository root: python3 docs/research/rejection-tally.py
"""
import re

LOG = "docs/research/case-search-log.md"
REASONS = {
    "no case at all": ["summar", "feature", "law-firm", "award", "ruling", "opinion", "Cir.", "report",
                       "stud", "bulletin", "no named", "roundup", "awareness", "fact sheet", "fact-check",
                       "strategy", "speech", "testimony", "book", "slides", "guide"],
    "no HSI credit": ["FBI", "no HSI", "credits no", "HSI not", "no agency", "Secret Service", "NCIS",
                      "police", "agency cut off", "HTRA"],
    "before 2023": ["before 2023"],
    "arrest or charge only": ["arrest", "indict", "complaint", "charged", "charges"],
    "state court": [],
    "not a U.S. case": ["not U.S", "not a U.S", "New Zealand", "Philippine court", "Colombian court",
                        "Cambodian", "Brazilian", "Dominican prosecution", "BVI"],
    "no year printed": ["no year"],
}
YEAR_BEFORE_2023 = re.compile(r"\([^)]*\b(19\d\d|20[01]\d|202[0-2])\b[^)]*\)")
STATE = re.compile(r"\bstate\b")
ROW = re.compile(r"^\| (\d+) \| [^|]* \| .* \| [^|]* \| (.*) \|$")


def rejected_columns(path):
    with open(path, encoding="utf-8") as log:
        for line in log:
            match = ROW.match(line.rstrip("\n"))
            if match:
                yield int(match.group(1)), match.group(2)


def names(reason, text):
    if reason == "state court":
        return bool(STATE.search(text))
    if reason == "before 2023" and YEAR_BEFORE_2023.search(text):
        return True
    return any(word in text for word in REASONS[reason])


def counts(rows):
    return {reason: sum(1 for _, text in rows if names(reason, text)) for reason in REASONS}


rows = list(rejected_columns(LOG))
last = max(number for number, _ in rows)
for upto in (307, last):
    selected = [row for row in rows if row[0] <= upto]
    print(f"look-ups 1-{upto} ({len(selected)} rows):", counts(selected))
