#!/usr/bin/env python3
"""Fails when a translation of Sortie's interface is not complete.

Usage: check-translations.py LUPDATE SOURCE_ROOT

Runs lupdate over the source tree (app, widgets, models) into a temporary copy of every
translations/sortie_*.ts, exactly as translations/README.md says to update them, then
reads the copies: every message of the code must be there with a finished translation
(no type="unfinished", no empty text, a form for each plural the language has) that keeps
the source's placeholders (%1, %L1, %n); no message may be left over from code that is
gone (type="vanished" or "obsolete"). The source tree is not written to.
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"ko": 1, "ru": 3}


def placeholders(text):
    return sorted(set(re.findall(r"%L?\d+|%n", text)))


def check(ts_path, language):
    problems = []
    root = ET.parse(ts_path).getroot()
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{name}: {source[:70]!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("vanished", "obsolete"):
                problems.append(f"{where}: no longer in the code ({kind}); run lupdate with -no-obsolete")
                continue
            if kind == "unfinished" or kind == "missing":
                problems.append(f"{where}: not translated ({kind})")
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                expected = PLURAL_FORMS.get(language)
                if expected is not None and len(forms) != expected:
                    problems.append(f"{where}: {len(forms)} plural forms, {language} has {expected}")
            else:
                forms = [translation.text or ""]
            for form in forms:
                if not form.strip():
                    problems.append(f"{where}: empty translation")
                elif placeholders(form) != placeholders(source):
                    problems.append(f"{where}: placeholders {placeholders(form)} differ from {placeholders(source)}")
    return count, problems


def main():
    lupdate, source_root = sys.argv[1], pathlib.Path(sys.argv[2])
    ts_files = sorted((source_root / "translations").glob("sortie_*.ts"))
    if not ts_files:
        print("no translations/sortie_*.ts found")
        return 1
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        for ts in ts_files:
            language = ts.stem.split("_", 1)[1]
            copy = pathlib.Path(scratch) / ts.name
            shutil.copyfile(ts, copy)
            # The same options as translations/README.md, without -no-obsolete: entries
            # whose string left the code show up as vanished.
            command = [lupdate, "-I", ".", "app", "widgets", "models", "-locations", "none",
                       "-target-language", language, "-ts", str(copy)]
            run = subprocess.run(command, cwd=source_root, capture_output=True, text=True)
            if run.returncode != 0:
                print(f"{ts.name}: lupdate failed ({run.returncode}):\n{run.stdout}{run.stderr}")
                failed = True
                continue
            count, problems = check(copy, language)
            if count == 0:
                problems.append("lupdate found no message at all")
            print(f"{ts.name}: {count} messages, {len(problems)} problems")
            for problem in problems:
                print(f"  {ts.name}: {problem}")
            failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
