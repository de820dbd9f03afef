"""The core's image-download rule table (IMAGE_DOWNLOAD_RULE_CASES), row for row, against the Python mirror
that the generated image plugin carries (crazyrouter_common.image_url_policy)."""

import importlib
import json
import os

import pytest

from conftest import inside_plugin


def _cases(kind: str) -> list[dict]:
    path = os.environ.get("CRAZYROUTER_IMAGE_RULE_CASES")
    if not path:
        return []
    with open(path, encoding="utf-8") as file:
        return json.load(file)[kind]


@pytest.fixture(scope="module")
def policy(image_plugin_dir):
    with inside_plugin(image_plugin_dir):
        return importlib.import_module("crazyrouter_common.image_url_policy")


def test_the_table_is_there(image_rule_cases):
    assert len(image_rule_cases["urls"]) > 50
    assert image_rule_cases["addresses"]
    assert image_rule_cases["signatures"]


@pytest.mark.parametrize("case", _cases("urls"), ids=lambda case: f"{case['url']!r}->{case['expected']}")
def test_link(policy, case):
    verdict = policy.check_image_url(case["url"], case.get("gateway"))
    assert verdict.code == case["expected"]
    assert verdict.allowed or verdict.message


@pytest.mark.parametrize("case", _cases("addresses"), ids=lambda case: f"{case['address']}->{case['expected']}")
def test_address(policy, case):
    assert policy.classify_ip(case["address"]) == case["expected"]


@pytest.mark.parametrize("case", _cases("signatures"), ids=lambda case: f"{case['hex'][:16]}->{case['expected']}")
def test_signature(policy, case):
    sniffed = policy.sniff_image_type(bytes.fromhex(case["hex"]))
    assert (sniffed[0] if sniffed else None) == case["expected"]
