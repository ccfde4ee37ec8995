"""Exact FIT test files written with fit-tool: multisport, indoor, odd sports, old watches, damage.

Each function returns the file's bytes, so a test writes what it needs into
``tmp_path``; ``tests/data/workouts`` keeps a few of them as files too
(made by ``python -m tests.workouts.fit_writer``).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from fit_tool.fit_file_builder import FitFileBuilder
from fit_tool.profile.messages.activity_message import ActivityMessage
from fit_tool.profile.messages.file_id_message import FileIdMessage
from fit_tool.profile.messages.record_message import RecordMessage
from fit_tool.profile.messages.session_message import SessionMessage
from fit_tool.profile.messages.timestamp_correlation_message import TimestampCorrelationMessage
from fit_tool.profile.profile_type import FileType, Manufacturer, Sport, SubSport

#: FIT counts seconds from 1989-12-31 00:00 UTC.
FIT_EPOCH = datetime(1989, 12, 31, tzinfo=timezone.utc)
START = datetime(2026, 5, 4, 6, 0, tzinfo=timezone.utc)


def ms(moment: datetime) -> int:
    """fit-tool's timestamps are milliseconds since 1970."""
    return round(moment.timestamp() * 1000)


def relative_ms(seconds: int) -> int:
    """A since-power-on time as an old watch writes it (a raw value below 0x10000000)."""
    return ms(FIT_EPOCH + timedelta(seconds=seconds))


def _builder(file_type=FileType.ACTIVITY, created: datetime = START) -> FitFileBuilder:
    builder = FitFileBuilder(auto_define=True, min_string_size=50)
    message = FileIdMessage()
    message.type = file_type
    message.manufacturer = Manufacturer.DEVELOPMENT.value
    message.product = 0
    message.time_created = ms(created)
    message.serial_number = 0x12345678
    builder.add(message)
    return builder


def _session(sport, start_ms: int, seconds: float, metres: float | None, sub_sport=None, avg_hr=None,
             max_hr=None, ascent=None, descent=None) -> SessionMessage:
    session = SessionMessage()
    session.timestamp = start_ms + round(seconds * 1000)
    session.start_time = start_ms
    if isinstance(sport, int) and not isinstance(sport, Sport):
        session.get_field_by_name("sport").set_value(0, sport)
    else:
        session.sport = sport
    if sub_sport is not None:
        session.sub_sport = sub_sport
    session.total_elapsed_time = seconds
    session.total_timer_time = seconds
    if metres is not None:
        session.total_distance = metres
    if avg_hr is not None:
        session.avg_heart_rate = avg_hr
        session.max_heart_rate = max_hr
    if ascent is not None:
        session.total_ascent = ascent
        session.total_descent = descent
    return session


def _records(builder: FitFileBuilder, start: datetime, seconds: int, every: int = 1, hr=None,
             speed_m_s: float = 3.0, spike_at: int | None = None) -> None:
    for second in range(0, seconds + 1, every):
        record = RecordMessage()
        record.timestamp = ms(start + timedelta(seconds=second))
        record.distance = second * speed_m_s
        if hr is not None:
            record.heart_rate = 230 if second == spike_at else hr(second)
        builder.add(record)


def run(km: float = 10.0, minutes: float = 50.0, start: datetime = START, descent: float = 40.0,
        sub_sport=None, records: bool = True, every: int = 30) -> bytes:
    """A plain run (or a treadmill run: ``sub_sport=SubSport.TREADMILL``, no GPS either way)."""
    builder = _builder(created=start)
    if records:
        _records(builder, start, int(minutes * 60), every=every, hr=lambda s: 140 + s % 7)
    builder.add(_session(Sport.RUNNING, ms(start), minutes * 60, km * 1000, sub_sport=sub_sport, avg_hr=143,
                         max_hr=168, ascent=descent, descent=descent))
    return builder.build().to_bytes()


def multisport(start: datetime = START) -> bytes:
    """A triathlon: swim, transition, ride, transition, run, as five sessions of one activity."""
    builder = _builder(created=start)
    legs = [(Sport.SWIMMING, 1800, 1500.0), (Sport.TRANSITION, 120, None), (Sport.CYCLING, 4200, 40000.0),
            (Sport.TRANSITION, 90, None), (Sport.RUNNING, 2700, 10000.0)]
    moment = start
    for sport, seconds, metres in legs:
        builder.add(_session(sport, ms(moment), seconds, metres, avg_hr=150, max_hr=172))
        moment += timedelta(seconds=seconds)
    return builder.build().to_bytes()


def unknown_sport(start: datetime = START) -> bytes:
    builder = _builder(created=start)
    builder.add(_session(200, ms(start), 1800, 5000.0))
    return builder.build().to_bytes()


def strength(start: datetime = START) -> bytes:
    builder = _builder(created=start)
    builder.add(_session(Sport.TRAINING, ms(start), 3000, None, sub_sport=SubSport.STRENGTH_TRAINING))
    return builder.build().to_bytes()


def relative_times(with_local_clock: bool = True, power_on_s: int = 5000) -> bytes:
    """An older watch: times counted from power-on; the activity message pairs the end with local time."""
    builder = _builder(created=START)
    builder.add(_session(Sport.RUNNING, relative_ms(power_on_s), 3600, 12000.0))
    activity = ActivityMessage()
    activity.timestamp = relative_ms(power_on_s + 3600)
    if with_local_clock:
        # 07:00 local at the end: 06:00 + 1 h, in the zone the test runs in (TZ=UTC in the tests).
        # local_date_time is raw seconds since the FIT epoch, in local wall time.
        activity.local_timestamp = int((START + timedelta(hours=1) - FIT_EPOCH).total_seconds())
    activity.num_sessions = 1
    builder.add(activity)
    return builder.build().to_bytes()


def correlated_times(power_on_s: int = 5000) -> bytes:
    """An older watch that wrote a timestamp_correlation message: clock time for its power-on count."""
    builder = _builder(created=START)
    correlation = TimestampCorrelationMessage()
    correlation.timestamp = ms(START)
    correlation.system_timestamp = relative_ms(power_on_s)
    builder.add(correlation)
    builder.add(_session(Sport.RUNNING, relative_ms(power_on_s), 1800, 6000.0))
    return builder.build().to_bytes()


def records_only(start: datetime = START, minutes: int = 30) -> bytes:
    """An activity that lost its summary: records only (as when the watch died before saving)."""
    builder = _builder(created=start)
    _records(builder, start, minutes * 60, every=5, hr=lambda s: 150)
    return builder.build().to_bytes()


def hr_spike(start: datetime = START) -> bytes:
    """Steady 150–160 bpm with one 230 bpm sensor glitch."""
    builder = _builder(created=start)
    _records(builder, start, 600, every=1, hr=lambda s: 150 + (s // 60), spike_at=300)
    builder.add(_session(Sport.RUNNING, ms(start), 600, 1800.0, avg_hr=155, max_hr=230))
    return builder.build().to_bytes()


def plan(file_type=FileType.WORKOUT) -> bytes:
    """A non-activity file: a planned workout, a course, a weight scale reading…"""
    return _builder(file_type=file_type).build().to_bytes()


def long_ride(hours: float = 6.5, start: datetime = START) -> bytes:
    """A long ride recorded every second (~23,400 records for 6.5 h): the benchmark's file."""
    builder = _builder(created=start)
    seconds = int(hours * 3600)
    _records(builder, start, seconds, every=1, hr=lambda s: 130 + s % 20, speed_m_s=8.0)
    builder.add(_session(Sport.CYCLING, ms(start), seconds, seconds * 8.0, avg_hr=139, max_hr=149))
    return builder.build().to_bytes()


# -- compressed timestamps, written byte by byte (fit-tool writes only full timestamps) --------------

_CRC_TABLE = (0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
              0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400)


def fit_crc(data: bytes, crc: int = 0) -> int:
    """The FIT SDK's CRC-16."""
    for byte in data:
        for nibble in (byte & 0xF, byte >> 4):
            tmp = _CRC_TABLE[crc & 0xF]
            crc = (crc >> 4) & 0x0FFF
            crc = crc ^ tmp ^ _CRC_TABLE[nibble]
    return crc


def compressed_timestamps(start: datetime = START, seconds: int = 600, every: int = 5) -> bytes:
    """An activity whose records after the first carry compressed timestamp headers (5-bit offsets).

    Older and low-power devices write them to save 4 bytes a record. No session message,
    so the totals must come from the records, whose times exist only through the headers.
    """
    import struct

    def definition(local: int, global_number: int, fields: list[tuple[int, int, int]]) -> bytes:
        body = struct.pack("<BBHB", 0, 0, global_number, len(fields))
        return bytes([0x40 | local]) + body + b"".join(struct.pack("<BBB", *field) for field in fields)

    base = int((start - FIT_EPOCH).total_seconds())
    body = definition(0, 0, [(0, 1, 0x00), (1, 2, 0x84), (4, 4, 0x86)])  # file_id: type, manufacturer, created
    body += bytes([0x00]) + struct.pack("<BHI", 4, 255, base)  # type 4 = activity, 255 = development
    body += definition(1, 20, [(253, 4, 0x86), (3, 1, 0x02), (5, 4, 0x86)])  # record with a full timestamp
    body += bytes([0x01]) + struct.pack("<IBI", base, 150, 0)
    body += definition(2, 20, [(3, 1, 0x02), (5, 4, 0x86)])  # record without: its time is in the header
    for second in range(every, seconds + 1, every):
        stamp = base + second
        header = 0x80 | (2 << 5) | (stamp & 0x1F)
        body += bytes([header]) + struct.pack("<BI", 150 + second // 60, second * 300)  # 3 m/s, in cm
    header = struct.pack("<BBHI4s", 14, 0x10, 2132, len(body), b".FIT")
    header += struct.pack("<H", fit_crc(header))
    data = header + body
    return data + struct.pack("<H", fit_crc(data))


def write_samples(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in (("multisport-triathlon.fit", multisport()), ("indoor-treadmill.fit",
                                                                   run(sub_sport=SubSport.TREADMILL)),
                       ("unknown-sport.fit", unknown_sport()), ("relative-timestamps.fit", relative_times()),
                       ("records-only.fit", records_only()), ("hr-spike.fit", hr_spike()),
                       ("planned-workout.fit", plan()), ("compressed-timestamps.fit", compressed_timestamps())):
        (folder / name).write_bytes(data)


if __name__ == "__main__":
    write_samples(Path(__file__).resolve().parents[1] / "data" / "workouts")

