"""The gate the embeddings batches of one call share (crazyrouter_common/rate_limit_gate.py), on a fake clock: a 429
is sent again after the server's Retry-After (the core's retry policy: capped, bounded), and no batch is sent while
one backs off. Through the SDK and the dev gateway: test_embeddings.py."""

import threading

import pytest
from dify_plugin.entities.model import ModelType

from conftest import HTTP_TIMEOUT_SECONDS


class FakeClock:
    """Time that moves only when the code under test sleeps; `during_sleep` runs inside the next sleep."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []
        self.during_sleep = None

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        action, self.during_sleep = self.during_sleep, None
        if action:
            action()
        self.now += seconds

    def clock(self) -> float:
        return self.now


@pytest.fixture
def plugin(model_plugin):
    """The gate, error type and retry numbers the embedding model's own module uses."""
    invoke_globals = type(model_plugin.get_model_instance("crazyrouter", ModelType.TEXT_EMBEDDING))._invoke.__globals__
    gate_class = invoke_globals["RateLimitGate"]
    return gate_class, invoke_globals["GatewayError"], gate_class.send.__globals__["RETRY_MAX_RETRIES"]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _gate(plugin, clock, random=lambda: 1.0):
    gate_class, _, _ = plugin
    return gate_class(sleep=clock.sleep, clock=clock.clock, random=random)


def _answers(*outcomes):
    """A request that raises or returns each outcome in turn, and the fake times it was called at."""
    calls: list[float] = []
    queue = list(outcomes)

    def request(clock: FakeClock):
        calls.append(clock.now)
        outcome = queue.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return request, calls


def _rate_limited(plugin, retry_after):
    _, error_type, _ = plugin
    return error_type("rate_limited", "Gateway answered 429", status=429, retry_after=retry_after)


def test_a_429_is_sent_again_after_the_servers_retry_after(plugin, clock):
    request, calls = _answers(_rate_limited(plugin, 1.5), "vectors")
    assert _gate(plugin, clock).send(lambda: request(clock)) == "vectors"
    assert clock.sleeps == [1.5]
    assert calls == [0.0, 1.5]


def test_no_batch_is_sent_while_another_backs_off(plugin, clock):
    gate = _gate(plugin, clock)
    first, first_calls = _answers(_rate_limited(plugin, 2.0), "first")
    second, second_calls = _answers("second")
    started: list[str] = []
    # Another batch is handed to the gate while the first one waits out its Retry-After.
    clock.during_sleep = lambda: started.append(gate.send(lambda: second(clock)))
    assert gate.send(lambda: first(clock)) == "first"
    assert started == ["second"]
    assert second_calls == [2.0]
    assert first_calls[0] == 0.0
    assert first_calls[1] >= 2.0


def test_a_batch_waiting_when_the_call_ends_is_not_sent(plugin, clock):
    _, error_type, _ = plugin
    gate = _gate(plugin, clock)
    request, calls = _answers(_rate_limited(plugin, 30.0), "never")
    # Another batch failed and the call is over while this one waits out its Retry-After.
    clock.during_sleep = gate.close
    with pytest.raises(error_type) as raised:
        gate.send(lambda: request(clock))
    assert raised.value.code == "aborted"
    assert calls == [0.0]


def test_closing_ends_a_real_wait_at_once(plugin):
    gate_class, error_type, _ = plugin
    gate = gate_class()
    asked = threading.Event()
    outcome: list[object] = []

    def request():
        asked.set()
        raise _rate_limited(plugin, 30.0)

    def send():
        try:
            gate.send(request)
        except error_type as error:
            outcome.append(error.code)

    sender = threading.Thread(target=send)
    sender.start()
    asked.wait()
    gate.close()
    # Only a guard against waiting the whole 30 s if close() did not wake the wait; it ends at once when it does.
    sender.join(HTTP_TIMEOUT_SECONDS)
    assert outcome == ["aborted"]


def test_a_closed_gate_sends_nothing(plugin, clock):
    gate = _gate(plugin, clock)
    request, calls = _answers("never")
    gate.close()
    with pytest.raises(plugin[1]):
        gate.send(lambda: request(clock))
    assert calls == []


def test_attempts_are_bounded_by_the_core_retry_policy(plugin, clock):
    _, error_type, max_retries = plugin
    assert max_retries == 2
    request, calls = _answers(*[_rate_limited(plugin, 1.0)] * (max_retries + 1))
    with pytest.raises(error_type) as raised:
        _gate(plugin, clock).send(lambda: request(clock))
    assert raised.value.code == "rate_limited"
    assert len(calls) == max_retries + 1
    assert clock.sleeps == [1.0] * max_retries


def test_a_retry_after_beyond_the_cap_falls_back_to_backoff(plugin, clock):
    # The core's policy: 60 s at most is waited for; beyond it, 0.5 s doubling per retry, jittered in the upper half.
    request, calls = _answers(_rate_limited(plugin, 3600.0), _rate_limited(plugin, None), "vectors")
    assert _gate(plugin, clock, random=lambda: 0.0).send(lambda: request(clock)) == "vectors"
    assert clock.sleeps == [0.25, 0.5]


@pytest.mark.parametrize(("code", "status"), [("quota", 429), ("server", 500), ("auth", 401)])
def test_other_failures_are_not_retried(plugin, clock, code, status):
    _, error_type, _ = plugin
    request, calls = _answers(error_type(code, "no", status=status, retry_after=1.0))
    with pytest.raises(error_type):
        _gate(plugin, clock).send(lambda: request(clock))
    assert calls == [0.0]
    assert clock.sleeps == []
