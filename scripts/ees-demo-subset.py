#!/usr/bin/env python3
"""Makes the demo's subset of DfE's "Education, health and care plans" release (reporting year
2025, Explore Education Statistics), committed in backend/src/main/resources/demo/ees/.

Rows are kept exactly as published (every column, the BOM); only the breakdown topics the demo's
mappings read are kept, so that the files stay small. Usage:
    python3 scripts/ees-demo-subset.py ../shared/data/ees/education-health-and-care-plans-2025.zip
"""
import csv
import gzip
import io
import sys
import zipfile

OUT = "backend/src/main/resources/demo/ees/"
# file in the release -> breakdown topics kept
FILES = {
    "caseload.csv": {"All EHC plans", "Sex"},
    "sen_needs_all_plans.csv": {"All EHC plans"},
    "requests.csv": {"All requests for EHC needs assessments"},
    "assessments.csv": {"All EHC needs assessments"},
    "newplans.csv": {"New EHC plans"},
    "timeliness_20_week.csv": {"All EHC plans issued"},
}

with zipfile.ZipFile(sys.argv[1]) as release:
    for name, topics in FILES.items():
        text = release.read("data/" + name).decode("utf-8-sig")
        lines = text.splitlines()
        topic = lines[0].split(",").index("breakdown_topic")
        kept = [lines[0]] + [line for line in lines[1:] if next(csv.reader([line]))[topic] in topics]
        data = ("\ufeff" + "\r\n".join(kept) + "\r\n").encode("utf-8")
        with gzip.GzipFile(OUT + name + ".gz", "wb", compresslevel=9, mtime=0) as out:
            out.write(data)
        print(name, len(kept) - 1, "rows")
