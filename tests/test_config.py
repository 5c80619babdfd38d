"""Every setting is documented in the README, and the environment reaches the app."""

from pathlib import Path

from config import SETTINGS, Config


def test_every_setting_is_in_the_readme():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for name in SETTINGS:
        assert f"`{name}`" in readme, name


def test_settings_come_from_the_environment(tmp_path):
    cfg = Config({"DESK_DATA_DIR": str(tmp_path), "DESK_MAX_UPLOAD_MB": "3", "DESK_SESSION_HOURS": "2"}).as_dict()
    assert cfg["DESK_DATA_DIR"] == tmp_path.resolve()
    assert cfg["DESK_MAX_UPLOAD_MB"] == 3
    assert cfg["PERMANENT_SESSION_LIFETIME"].total_seconds() == 7200
