#!/usr/bin/env python3
"""Write Sortie's bundled sample scenario into resources/samples/.

The sample follows the press reports summarised in the project's shared scenario notes:
Russian Air Force Il-62M flights to Pyongyang in 2023-2024, the airbases involved and the
dated events around them. No real ADS-B positions exist here. Every track is a
reconstruction: a great-circle path between the reported airports at a plausible Il-62M
cruise (about 850 km/h, FL350), timed to fit the reported times, with a transponder gap
where one was reported. Every track file says so.

Deterministic: running it twice writes the same bytes. Run from anywhere:
    python3 scripts/make-sample-data.py
"""

import gzip
import json
import math
import os
from datetime import datetime, timedelta, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "resources", "samples")
NOTE = "reconstructed from press reports; not ADS-B data"
R = 6371008.8
CRUISE_MPS = 850 / 3.6
CRUISE_ALT_M = 10668.0  # FL350
FT = 0.3048
KT = 0.514444

AIRBASES = [
    # name, icao, iata, lat, lon, kind, country, elevation_m
    ("Pyongyang Sunan International", "ZKPY", "FNJ", 39.2241, 125.6700, "joint", "KP", 36),
    ("Wonsan Kalma", "ZKWS", "WOS", 39.1668, 127.4860, "joint", "KP", 4),
    ("Chkalovsky air base", "UUMU", "CKL", 55.8783, 38.0617, "military", "RU", 152),
    ("Moscow Vnukovo", "UUWW", "VKO", 55.5915, 37.2615, "civil", "RU", 209),
    ("Vladivostok Knevichi", "UHWW", "VVO", 43.3990, 132.1480, "joint", "RU", 14),
    ("Khabarovsk Novy", "UHHH", "KHV", 48.5280, 135.1883, "civil", "RU", 75),
    ("Komsomolsk-on-Amur Dzemgi", "UHKD", "", 50.6053, 137.0819, "military", "RU", 27),
    ("Blagoveshchensk Ignatyevo", "UHBB", "BQS", 50.4254, 127.4120, "civil", "RU", 194),
    ("Yaroslavl Tunoshna", "UUDL", "IAR", 57.5607, 40.1574, "civil", "RU", 87),
    ("Novosibirsk Tolmachevo", "UNNT", "OVB", 55.0126, 82.6507, "civil", "RU", 111),
]
POS = {a[1]: (a[3], a[4]) for a in AIRBASES}


def utc(text):
    return datetime.strptime(text, "%Y-%m-%dT%H:%M").replace(tzinfo=timezone.utc)


def rad(d):
    return d * math.pi / 180


def vec(p):
    la, lo = rad(p[0]), rad(p[1])
    return (math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la))


def angle(a, b):
    va, vb = vec(a), vec(b)
    cross = (va[1] * vb[2] - va[2] * vb[1], va[2] * vb[0] - va[0] * vb[2], va[0] * vb[1] - va[1] * vb[0])
    return math.atan2(math.sqrt(sum(c * c for c in cross)), sum(x * y for x, y in zip(va, vb)))


def slerp(a, b, f):
    d = angle(a, b)
    va, vb = vec(a), vec(b)
    wa, wb = math.sin((1 - f) * d) / math.sin(d), math.sin(f * d) / math.sin(d)
    v = [wa * x + wb * y for x, y in zip(va, vb)]
    return (math.degrees(math.atan2(v[2], math.hypot(v[0], v[1]))), math.degrees(math.atan2(v[1], v[0])))


def bearing(a, b):
    la1, la2, dlo = rad(a[0]), rad(b[0]), rad(b[1] - a[1])
    y = math.sin(dlo) * math.cos(la2)
    x = math.cos(la1) * math.sin(la2) - math.sin(la1) * math.cos(la2) * math.cos(dlo)
    return (math.degrees(math.atan2(y, x)) + 360) % 360


def flight_minutes(frm, to):
    """Block time for a leg: cruise over the distance plus 15 minutes for climb and descent."""
    return angle(POS[frm], POS[to]) * R / CRUISE_MPS / 60 + 15


def leg_points(frm, to, depart, arrive=None, step_s=60, end_fraction=1.0):
    """Positions from take-off to landing: speed ramps up over 20 min and down over 25 min."""
    a, b = POS[frm], POS[to]
    dist = angle(a, b) * R
    arrive = arrive or depart + timedelta(minutes=flight_minutes(frm, to))
    total = (arrive - depart).total_seconds()
    climb, descent = 20 * 60, 25 * 60

    def profile(t):  # relative speed 0.35..1
        if t < climb:
            return 0.35 + 0.65 * t / climb
        if t > total - descent:
            return 0.3 + 0.7 * max(0.0, total - t) / descent
        return 1.0

    # Integrate the profile once, then scale so that the path ends at the destination.
    samples = [0.0]
    for s in range(1, int(total) + 1):
        samples.append(samples[-1] + profile(s))
    scale = dist / samples[-1]
    points = []
    t = 0
    while t <= total:
        s = min(int(t), len(samples) - 1)
        f = samples[s] * scale / dist
        if f > end_fraction:
            break
        p = slerp(a, b, f) if 0 < f < 1 else (a if f <= 0 else b)
        if t < climb:
            alt = CRUISE_ALT_M * t / climb
        elif t > total - descent:
            alt = CRUISE_ALT_M * max(0.0, total - t) / descent
        else:
            alt = CRUISE_ALT_M
        nxt = slerp(a, b, min(0.999999, f + 1e-4))
        points.append({
            "time": depart + timedelta(seconds=t),
            "lat": p[0], "lon": p[1],
            "alt_m": max(alt, 150.0) if 0 < t < total else 150.0,
            "speed_mps": profile(t) * scale,
            "track": bearing(p, nxt),
            "ground": False,
        })
        t += step_s
    return points, arrive


def ground_points(icao, start, end, step_min=5):
    """Positions on the ground at an airfield every `step_min` minutes (well inside the
    10-minute gap threshold, as Flightradar24 reports taxiing aircraft), ends included."""
    points = []
    t = start
    while True:
        points.append({"time": t, "lat": POS[icao][0], "lon": POS[icao][1], "alt_m": 0.0,
                       "speed_mps": 0.0, "track": 0.0, "ground": True})
        if t >= end:
            break
        t = min(t + timedelta(minutes=step_min), end)
    return points


def itinerary(stops):
    """stops: [(icao, arrive-or-None, depart-or-None), ...] -> positions, with ground time."""
    points = []
    for i, (icao, arrive, depart) in enumerate(stops):
        if i > 0:
            prev_icao, _, prev_depart = stops[i - 1]
            legs, _ = leg_points(prev_icao, icao, prev_depart, arrive)
            points += legs
        if depart and arrive:
            points += ground_points(icao, arrive + timedelta(minutes=1), depart - timedelta(minutes=1))
        elif depart:
            points += ground_points(icao, depart - timedelta(minutes=30), depart - timedelta(minutes=1))
        elif arrive:
            points += ground_points(icao, arrive + timedelta(minutes=1), arrive + timedelta(minutes=30))
    return points


def arrive_after(frm, to, depart):
    return depart + timedelta(minutes=round(flight_minutes(frm, to)))


def write_fr24_csv(name, points, header_comments):
    lines = ["# %s: %s" % (k, v) for k, v in header_comments]
    lines.append("Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction")
    for p in points:
        ts = int(p["time"].timestamp())
        lines.append('%d,%s,%s,"%.5f,%.5f",%d,%d,%d' % (
            ts, p["time"].strftime("%Y-%m-%dT%H:%M:%SZ"), header_callsign(header_comments),
            p["lat"], p["lon"], round(p["alt_m"] / FT) if not p["ground"] else 0,
            round(p["speed_mps"] / KT), round(p["track"])))
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def write_gpx(name, points, description):
    """GPX 1.1 as GPS loggers write it: positions, elevation in metres, UTC times."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<gpx version="1.1" creator="Sortie sample generator" xmlns="http://www.topografix.com/GPX/1/1">',
             "  <trk>", "    <desc>%s</desc>" % description, "    <type>IL62</type>", "    <trkseg>"]
    for p in points:
        lines.append('      <trkpt lat="%.5f" lon="%.5f"><ele>%d</ele><time>%s</time></trkpt>' % (
            p["lat"], p["lon"], 0 if p["ground"] else round(p["alt_m"]), p["time"].strftime("%Y-%m-%dT%H:%M:%SZ")))
    lines += ["    </trkseg>", "  </trk>", "</gpx>"]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def write_flightaware_kml(name, points, title, data):
    """KML as FlightAware exports it: airport placemarks and one gx:Track, all <when> first."""
    frm, to = points[0], points[-1]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">',
             "<Document>", "  <name>%s</name>" % title, "  <ExtendedData>"]
    lines += ['    <Data name="%s"><value>%s</value></Data>' % (k, v) for k, v in data]
    lines += ["  </ExtendedData>",
              "  <Placemark><name>Departure</name><Point><coordinates>%.5f,%.5f,0</coordinates></Point></Placemark>" % (frm["lon"], frm["lat"]),
              "  <Placemark><name>Arrival</name><Point><coordinates>%.5f,%.5f,0</coordinates></Point></Placemark>" % (to["lon"], to["lat"]),
              "  <Placemark>", "    <name>%s</name>" % title, "    <gx:Track>", "      <altitudeMode>absolute</altitudeMode>"]
    lines += ["      <when>%s</when>" % p["time"].strftime("%Y-%m-%dT%H:%M:%SZ") for p in points]
    lines += ["      <gx:coord>%.5f %.5f %d</gx:coord>" % (p["lon"], p["lat"], 0 if p["ground"] else round(p["alt_m"])) for p in points]
    lines += ["    </gx:Track>", "  </Placemark>", "</Document>", "</kml>"]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def write_mfjson(name, points, properties):
    """An OGC MF-JSON trajectory: a LineString and a datetimes array of the same length."""
    feature = {"type": "Feature",
               "geometry": {"type": "LineString",
                            "coordinates": [[round(p["lon"], 5), round(p["lat"], 5), 0 if p["ground"] else round(p["alt_m"])] for p in points]},
               "properties": dict(properties, datetimes=[p["time"].strftime("%Y-%m-%dT%H:%M:%SZ") for p in points])}
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"type": "FeatureCollection", "features": [feature]}, f, ensure_ascii=False, indent=1)
        f.write("\n")


def header_callsign(comments):
    return dict(comments).get("callsign", "")


def readsb_trace(points, extra):
    base = int(points[0]["time"].timestamp())
    rows = []
    for p in points:
        offset = round(p["time"].timestamp() - base, 1)
        alt = "ground" if p["ground"] else round(p["alt_m"] / FT)
        rows.append([offset, round(p["lat"], 5), round(p["lon"], 5), alt, round(p["speed_mps"] / KT, 1),
                     round(p["track"], 1), 0, 0 if p["ground"] else None, None])
    trace = dict(extra)
    trace["timestamp"] = base
    trace["note"] = NOTE
    trace["trace"] = rows
    # One row per line, as readsb writes them, so that warnings can name a line.
    head = json.dumps({k: v for k, v in trace.items() if k != "trace"}, ensure_ascii=False)[:-1]
    body = ",\n".join(json.dumps(r, separators=(",", ":")) for r in rows)
    return head + ',\n"trace":[\n' + body + "\n]}\n"


def remove_window(points, start, end):
    return [p for p in points if not (start <= p["time"] <= end)]


def main():
    os.makedirs(OUT, exist_ok=True)

    with open(os.path.join(OUT, "airbases.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("name,icao,iata,lat,lon,kind,country,elevation_m\n")
        for a in AIRBASES:
            f.write("%s,%s,%s,%.4f,%.4f,%s,%s,%d\n" % a)

    unidentified = "unidentified Russian Air Force Il-62M"

    # Early August 2023, a few days after Shoigu's visit: date not reported; 3 August assumed.
    dep = utc("2023-08-03T06:00")
    pts = itinerary([("UUMU", None, dep), ("ZKPY", arrive_after("UUMU", "ZKPY", dep), None)])
    write_gpx("2023-08-03_il62m_uumu-zkpy.gpx", pts, NOTE)

    # RA-86559, 25 and 27 September 2023 (Flightradar24 as reported); times assumed.
    dep = utc("2023-09-25T06:00")
    pts = itinerary([("UUMU", None, dep), ("ZKPY", arrive_after("UUMU", "ZKPY", dep), None)])
    write_flightaware_kml("2023-09-25_ra86559_uumu-zkpy.kml", pts, "RA-86559 Chkalovsky - Pyongyang (reconstruction)", [
        ("note", NOTE), ("registration", "RA-86559"), ("type", "IL62"),
        ("assumption", "date as reported; times of day assumed")])
    dep = utc("2023-09-27T03:00")
    pts = itinerary([("ZKPY", None, dep), ("UUMU", arrive_after("ZKPY", "UUMU", dep), None)])
    write_fr24_csv("2023-09-27_ra86559_zkpy-uumu.fr24.csv", pts, [
        ("note", NOTE), ("registration", "RA-86559"), ("type", "IL62"),
        ("assumption", "date as reported; times of day assumed")])

    # 9 July 2024: took off from Moscow about 04:10 UTC; transponder briefly off over Siberia.
    dep = utc("2024-07-09T04:10")
    pts = itinerary([("UUMU", None, dep), ("ZKPY", arrive_after("UUMU", "ZKPY", dep), None)])
    # The gap: 35 minutes around the moment the path passes Novosibirsk's longitude.
    over_siberia = next(p["time"] for p in pts if not p["ground"] and p["lon"] >= POS["UNNT"][1])
    pts = remove_window(pts, over_siberia - timedelta(minutes=15), over_siberia + timedelta(minutes=20))
    with open(os.path.join(OUT, "2024-07-09_il62m_uumu-zkpy.trace.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readsb_trace(pts, {"icao": "", "r": "", "t": "IL62", "desc": unidentified}))

    # 10 July 2024: briefly in Vladivostok, then back to Moscow. Times assumed.
    dep = utc("2024-07-10T02:00")
    arr_vvo = arrive_after("ZKPY", "UHWW", dep)
    dep_vvo = arr_vvo + timedelta(minutes=70)
    pts = itinerary([("ZKPY", None, dep), ("UHWW", arr_vvo, dep_vvo),
                     ("UUMU", arrive_after("UHWW", "UUMU", dep_vvo), None)])
    write_fr24_csv("2024-07-10_il62m_zkpy-uhww-uumu.fr24.csv", pts, [
        ("note", NOTE), ("type", "IL62"), ("aircraft", unidentified),
        ("assumption", "route as reported; times assumed")])

    # 18 July 2024: left Moscow in the morning, arrived in Pyongyang the same day.
    dep = utc("2024-07-18T05:30")
    pts = itinerary([("UUMU", None, dep), ("ZKPY", arrive_after("UUMU", "ZKPY", dep), None)])
    write_mfjson("2024-07-18_il62m_uumu-zkpy.geojson", pts, {
        "note": NOTE, "type": "IL62", "aircraft": unidentified,
        "assumption": "morning departure (05:30 UTC) assumed"})

    # 20 September 2024: Vladivostok -> Pyongyang, about an hour on the ground, departs 12:37,
    # lands Khabarovsk 14:21. Both times read as Korea Standard Time (UTC+9), as reported by a
    # Korean outlet: 03:37 and 05:21 UTC (1 h 44 min for 1,283 km fits an Il-62M).
    dep_fnj = utc("2024-09-20T03:37")
    arr_fnj = dep_fnj - timedelta(minutes=62)
    dep_vvo = arr_fnj - timedelta(minutes=round(flight_minutes("UHWW", "ZKPY")))
    pts = itinerary([("UHWW", None, dep_vvo), ("ZKPY", arr_fnj, dep_fnj), ("UHHH", utc("2024-09-20T05:21"), None)])
    write_fr24_csv("2024-09-20_il62m_uhww-zkpy-uhhh.fr24.csv", pts, [
        ("note", NOTE), ("type", "IL62"), ("aircraft", unidentified),
        ("assumption", "12:37 and 14:21 as reported, read as KST (UTC+9); arrival in Pyongyang about an hour before")])

    # The Russian government plane Vladivostok -> Wonsan the same day. Times assumed.
    dep = utc("2024-09-20T01:00")
    pts = itinerary([("UHWW", None, dep), ("ZKWS", arrive_after("UHWW", "ZKWS", dep), None)])
    write_fr24_csv("2024-09-20_govt_uhww-zkws.fr24.csv", pts, [
        ("note", NOTE), ("aircraft", "unidentified Russian government aircraft"),
        ("assumption", "times assumed")])

    # 21-22 September 2024: Khabarovsk -> Vladivostok, overnight, -> Pyongyang (lands about
    # 21:00 KST = 12:00 UTC on the 22nd), about four hours on the ground, -> Vladivostok ->
    # west; the data ends near Yaroslavl. gzip-compressed, as trace files often are.
    dep_khv = utc("2024-09-21T06:00")
    arr_vvo1 = arrive_after("UHHH", "UHWW", dep_khv)
    arr_fnj = utc("2024-09-22T12:00")
    dep_vvo1 = arr_fnj - timedelta(minutes=round(flight_minutes("UHWW", "ZKPY")))
    dep_fnj = arr_fnj + timedelta(hours=4)
    arr_vvo2 = arrive_after("ZKPY", "UHWW", dep_fnj)
    dep_vvo2 = arr_vvo2 + timedelta(minutes=60)
    pts = itinerary([("UHHH", None, dep_khv), ("UHWW", arr_vvo1, dep_vvo1), ("ZKPY", arr_fnj, dep_fnj),
                     ("UHWW", arr_vvo2, dep_vvo2)])
    # Long on-ground stop in Vladivostok: keep only the ground positions near its ends.
    pts = remove_window(pts, arr_vvo1 + timedelta(minutes=40), dep_vvo1 - timedelta(minutes=40))
    # West towards Moscow: the data ends at the point of the path nearest Yaroslavl.
    west, _ = leg_points("UHWW", "UUMU", dep_vvo2)
    nearest = min(range(len(west)), key=lambda i: angle((west[i]["lat"], west[i]["lon"]), POS["UUDL"]))
    pts += west[: nearest + 1]
    with gzip.GzipFile(os.path.join(OUT, "2024-09-21_il62m_uhhh-uhww-zkpy-uhww-west.trace.json"), "wb", mtime=0) as f:
        f.write(readsb_trace(pts, {"icao": "", "r": "", "t": "IL62", "desc": unidentified}).encode("utf-8"))

    write_events()


def write_events():
    s_joongang = {"outlet": "Korea JoongAng Daily, citing NK News",
                  "title": "Russian flights suggest transfers of military tech to North Korea", "date": "2024-09"}
    s_wp = {"outlet": "WP Tech, citing NK News, Flightradar24 and FlightAware",
            "title": "Russian jet lands in Pyongyang amid growing military ties", "date": "2024-07-09"}
    s_charter = {"outlet": "Charter 97, citing Bloomberg and NK News",
                 "title": "Russian Defense Ministry Plane Makes Mysterious Flight To North Korea", "date": "2023-09"}
    s_korean = {"outlet": "A Korean outlet, citing Rodong Sinmun and RFA",
                "title": "North Korea and Russia Forge Deeper Military Ties", "date": "2024-07"}
    s_knevichi = {"outlet": "Report on Kim Jong Un's inspection at Knevichi", "title": "", "date": "2023-09"}

    def cite(source, supports):
        c = {k: v for k, v in source.items() if k != "date"}
        # Only full dates are stored as dates; a month stays in the title's context.
        if len(source["date"]) == 10:
            c["date"] = source["date"]
        else:
            c["title"] = (source["title"] + " (" + source["date"] + ")").strip()
        c["supports"] = supports
        return c

    def place(name, icao=None, lat=None, lon=None):
        p = {"name": name}
        if icao:
            p["airbase"] = icao
            p["lat"], p["lon"] = POS[icao]
        if lat is not None:
            p["lat"], p["lon"] = lat, lon
        return p

    events = [
        {"id": "2023-07-shoigu-pyongyang", "title": "Defence Minister Shoigu visits Pyongyang (armistice anniversary)",
         "start": "2023-07-25", "end": "2023-07-27", "kind": "delegation-visit", "place": place("Pyongyang", "ZKPY"),
         "actors": ["Sergei Shoigu", "Kim Jong Un"], "sources": [cite(s_charter, "Shoigu's visit before the August flight")]},
        {"id": "2023-08-il62m-pyongyang", "title": "Il-62M flies to Pyongyang a few days after Shoigu's visit",
         "start": "2023-08", "kind": "flight-report", "place": place("Pyongyang", "ZKPY"),
         "sources": [cite(s_charter, "flight in early August 2023")]},
        {"id": "2023-09-13-vostochny-summit", "title": "Putin-Kim summit at Vostochny Cosmodrome",
         "start": "2023-09-13", "kind": "summit", "place": place("Vostochny Cosmodrome", lat=51.884, lon=128.333),
         "actors": ["Vladimir Putin", "Kim Jong Un"], "sources": [cite(s_joongang, "summit at Vostochny"), cite(s_charter, "Kim's visit to Russia in mid-September")]},
        {"id": "2023-09-15-komsomolsk", "title": "Kim tours the Komsomolsk-on-Amur aircraft plant",
         "start": "2023-09-15", "kind": "delegation-visit", "place": place("Komsomolsk-on-Amur", "UHKD"),
         "actors": ["Kim Jong Un"], "sources": [cite(s_joongang, "visit to the fighter plant on 15 September 2023")]},
        {"id": "2023-09-16-knevichi", "title": "Kim inspects Tu-160, Tu-95, Tu-22M3 and MiG-31I with Kinzhal at Knevichi; frigate Marshal Shaposhnikov",
         "start": "2023-09-16", "kind": "delegation-visit", "place": place("Vladivostok Knevichi", "UHWW"),
         "actors": ["Kim Jong Un", "Sergei Shoigu"], "sources": [cite(s_knevichi, "aircraft and frigate shown to Kim")]},
        {"id": "2023-09-25-ra86559-pyongyang", "title": "RA-86559 flies Moscow to Pyongyang, unannounced",
         "start": "2023-09-25", "kind": "flight-report", "place": place("Pyongyang", "ZKPY"),
         "sources": [cite(s_charter, "flight of RA-86559 on 25 September 2023 (Flightradar24)")]},
        {"id": "2023-09-27-ra86559-moscow", "title": "RA-86559 returns to Moscow",
         "start": "2023-09-27", "kind": "flight-report", "place": place("Moscow", "UUMU"),
         "sources": [cite(s_charter, "return on 27 September 2023")]},
        {"id": "2023-10-lavrov-pyongyang", "title": "Lavrov visit to Pyongyang (planned in the September reports)",
         "start": "2023-10", "kind": "delegation-visit", "place": place("Pyongyang", "ZKPY"),
         "actors": ["Sergei Lavrov"], "sources": [cite(s_charter, "visit scheduled for October")]},
        {"id": "2024-06-19-treaty", "title": "Putin-Kim summit in Pyongyang; Comprehensive Strategic Partnership treaty with mutual-defence clause signed",
         "start": "2024-06-19", "kind": "treaty-signing", "place": place("Pyongyang", "ZKPY"),
         "actors": ["Vladimir Putin", "Kim Jong Un"],
         "sources": [cite(s_korean, "mutual defence treaty signed in June"), cite(s_joongang, "comprehensive strategic partnership with a mutual defence clause")]},
        {"id": "2024-07-08-kpa-delegation", "title": "KPA military-education delegation (Kim Il Sung Military University) sent to Russia",
         "start": "2024-07-08", "kind": "delegation-visit", "place": place("Moscow", "UUMU"),
         "actors": ["Kim Keum Chul"], "sources": [cite(s_korean, "delegation dispatched on 8 July"), cite(s_wp, "visit by North Korean military educators")]},
        {"id": "2024-07-09-flight", "title": "Russian Air Force passenger jet Moscow to Pyongyang; transponder briefly off over Siberia",
         "start": "2024-07-09T04:10Z", "kind": "flight-report", "place": place("Pyongyang", "ZKPY"),
         "sources": [cite(s_wp, "take-off about 04:10 UTC; transponder briefly off over Siberia"), cite(s_korean, "visit on 9 July")]},
        {"id": "2024-07-10-vladivostok", "title": "Same aircraft briefly in Vladivostok, then back to Moscow",
         "start": "2024-07-10", "kind": "flight-report", "place": place("Vladivostok", "UHWW"),
         "sources": [cite(s_korean, "brief stay in Vladivostok the next day")]},
        {"id": "2024-07-18-krivoruchko", "title": "Deputy Defence Minister Krivoruchko's delegation meets Kim; Russian military aircraft Moscow to Pyongyang the same day",
         "start": "2024-07-18", "kind": "delegation-visit", "place": place("Pyongyang", "ZKPY"),
         "actors": ["Aleksey Krivoruchko", "Kim Jong Un"], "sources": [cite(s_korean, "meeting on 18 July and the flight the same day")]},
        {"id": "2024-08-exercises", "title": "US-South Korea joint exercises",
         "start": "2024-08-15", "end": "2024-08", "precision": "day", "kind": "exercise", "place": place("Korean peninsula", lat=37.5, lon=127.5),
         "description": "Reported as the second half of August 2024; the start date is approximate.",
         "sources": [cite(s_korean, "joint exercises expected the following month")]},
        {"id": "2024-09-20-vvo-fnj-khv", "title": "Il-62M Vladivostok to Pyongyang, about an hour on the ground, then Khabarovsk; Russian government plane Vladivostok to Wonsan",
         "start": "2024-09-20", "kind": "flight-report", "place": place("Pyongyang", "ZKPY"),
         "description": "Departure 12:37 and landing 14:21 as reported; read as Korea Standard Time.",
         "sources": [cite(s_joongang, "flights of 20 September 2024")]},
        {"id": "2024-09-22-fnj-yaroslavl", "title": "Il-62M Khabarovsk-Vladivostok-Pyongyang (lands about 21:00 on the 22nd), four hours on the ground, then west; leaves tracking data near Yaroslavl",
         "start": "2024-09-21", "end": "2024-09-22", "kind": "flight-report", "place": place("Pyongyang", "ZKPY"),
         "sources": [cite(s_joongang, "flights of 21-22 September 2024 and loss of data near Yaroslavl")]},
    ]
    doc = {"sortie_events": 1, "note": "Sample events from press reports; see each event's sources.", "events": events}
    with open(os.path.join(OUT, "events.json"), "w", encoding="utf-8", newline="\n") as f:
        # One event per line keeps warnings' line numbers meaningful and diffs small.
        f.write('{"sortie_events": 1,\n "note": %s,\n "events": [\n' % json.dumps(doc["note"]))
        f.write(",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in events))
        f.write("\n]}\n")


if __name__ == "__main__":
    main()
