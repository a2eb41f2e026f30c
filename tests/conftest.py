import pytest

from crmlab import generate_telecom, load_telecom


@pytest.fixture(scope="session")
def world():
    """The default dataset, as shipped."""
    return load_telecom()


@pytest.fixture(scope="session")
def small_world():
    return generate_telecom(n_customers=800, months=12, seed=3)
