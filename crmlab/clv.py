"""Customer lifetime value (客户终身价值): transaction summaries, historical and formula CLV, and the
probability models of the course — shifted-beta-geometric for contracts, BG/NBD with Gamma-Gamma
for purchases nobody announces the end of.

The summary columns follow lifetimes (``frequency, recency, T, monetary_value``) so a student can
move on to lifetimes or PyMC-Marketing without relearning.

References
----------
Fader & Hardie (2007), "How to project customer retention", J. Interactive Marketing 21(1).
Fader, Hardie & Lee (2005), "'Counting your customers' the easy way: an alternative to the
Pareto/NBD model", Marketing Science 24(2).
Fader, Hardie & Lee (2005), "RFM and CLV: using iso-value curves for customer base analysis",
J. Marketing Research 42(4); Fader & Hardie (2013), "The Gamma-Gamma model of monetary value".
Fader & Hardie (2010), "Customer-base valuation in a contractual setting: the perils of ignoring
heterogeneity", Marketing Science 29(1).
Gupta & Lehmann (2003), "Customers as assets", J. Interactive Marketing 17(1).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._validation import (NotFittedError, check_columns, check_date, check_freq, check_int,
                          check_number, check_numbers, check_transactions, named_as)

DAYS_PER_MONTH = 365.25 / 12
PERIODS_PER_MONTH = {"D": DAYS_PER_MONTH, "W": DAYS_PER_MONTH / 7, "M": 1.0}


def _period_ordinals(dates: pd.Series, freq: str) -> np.ndarray:
    """Integer period number of each date: days, weeks (ending Sunday, as pandas 'W') or any pandas period."""
    days = dates.to_numpy().astype("datetime64[D]").astype(np.int64)
    if freq == "D":
        return days
    if freq == "W":
        return (days + 3) // 7  # 1970-01-01 is a Thursday; weeks run Monday to Sunday
    return pd.PeriodIndex(dates, freq=freq).asi8


# ------------------------------------------------------------------ summaries and simple CLV


def summarize_transactions(transactions: pd.DataFrame, customer_col: str = "customer_id",
                           date_col: str = "date", amount_col: str | None = "amount",
                           freq: str = "D", observation_end=None) -> pd.DataFrame:
    """Per customer: ``frequency, recency, T, monetary_value`` as lifetimes defines them.

    Transactions are first grouped into periods of ``freq`` (several purchases on one day count
    once, their amounts summed). ``frequency`` is the number of *repeat* periods with a purchase,
    ``recency`` the age of the customer at the last purchase and ``T`` the age at
    ``observation_end`` (both in periods since the first purchase), ``monetary_value`` the mean
    amount of the repeat periods (0 without repeats).

    Parameters
    ----------
    transactions : DataFrame
        One row per purchase.
    customer_col, date_col, amount_col : str
        Column names; ``amount_col=None`` leaves out ``monetary_value``.
    freq : {"D", "W"} or a pandas period alias, default "D"
    observation_end : date-like, optional
        End of observation; default the last date in the data.

    Returns
    -------
    DataFrame indexed by customer id.

    Examples
    --------
    >>> log = pd.DataFrame({"customer_id": [1, 1, 1, 2],
    ...                     "date": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-01-11",
    ...                                             "2024-01-05"]),
    ...                     "amount": [10.0, 5.0, 20.0, 7.0]})
    >>> summarize_transactions(log, observation_end="2024-01-31")  # doctest: +NORMALIZE_WHITESPACE
                 frequency  recency   T  monetary_value
    customer_id
    1                    1       10  30            20.0
    2                    0        0  26             0.0
    """
    where = "summarize_transactions"
    check_freq(freq, "freq", where, period=True)
    end = None if observation_end is None else check_date(observation_end, "observation_end", where)
    customers, dates, amounts = check_transactions(transactions, customer_col, date_col,
                                                   amount_col, where, as_of=end)
    if end is None:
        end = dates.max()
    codes, uniques = pd.factorize(customers, sort=True)
    periods = _period_ordinals(dates, freq)
    end_period = _period_ordinals(pd.Series([end]), freq)[0]

    # One integer key per (customer, period). Sorting the keys alone (no argsort, no gathering
    # of the other columns in that order) gives each customer's distinct periods, first and last;
    # amounts are summed with bincount in the original order.
    low = periods.min()
    span = periods.max() - low + 1
    key = codes.astype(np.int64) * span + (periods - low)
    if key.max() < np.iinfo(np.int32).max:
        key = key.astype(np.int32)  # sorts twice as fast
    key = np.sort(key)
    new_group = np.ones(len(key), dtype=bool)
    new_group[1:] = key[1:] != key[:-1]
    distinct = key[new_group].astype(np.int64)
    group_customer, group_period = np.divmod(distinct, span)

    n = len(uniques)
    counts = np.bincount(group_customer, minlength=n)
    first_group = np.concatenate([[0], np.cumsum(counts)[:-1]])
    last_group = first_group + counts - 1
    first, last = group_period[first_group] + low, group_period[last_group] + low
    frame = pd.DataFrame({
        "frequency": counts - 1,
        "recency": last - first,
        "T": end_period - first,
    }, index=pd.Index(uniques, name=customer_col))
    if amounts is not None:
        total = np.bincount(codes, weights=amounts, minlength=n)
        in_first = periods == first[codes]
        first_amount = np.bincount(codes[in_first], weights=amounts[in_first], minlength=n)
        repeat = total - first_amount
        with np.errstate(invalid="ignore", divide="ignore"):
            frame["monetary_value"] = np.where(counts > 1, repeat / np.maximum(counts - 1, 1), 0.0)
    return frame


def historical_clv(transactions: pd.DataFrame, as_of=None, customer_col: str = "customer_id",
                   date_col: str = "date", amount_col: str = "amount", margin: float = 1.0,
                   annual_rate: float = 0.0) -> pd.Series:
    """Past value of each customer: margin on every purchase, compounded to ``as_of``.

    A purchase ``m`` months before ``as_of`` counts ``margin * amount * (1 + annual_rate) ** (m / 12)``
    — money earned earlier is worth more today. With ``annual_rate=0`` this is the margin to date.

    Examples
    --------
    >>> log = pd.DataFrame({"customer_id": [1, 1, 2], "amount": [100.0, 50.0, 80.0],
    ...                     "date": pd.to_datetime(["2023-01-01", "2024-01-01", "2024-01-01"])})
    >>> historical_clv(log, as_of="2024-01-01", margin=0.5, annual_rate=0.1).round(2).tolist()
    [80.0, 40.0]
    """
    where = "historical_clv"
    if not isinstance(amount_col, str):
        raise TypeError(f"{where}: amount_col must be a column name (str), got {amount_col!r}")
    _check_rate(margin, "margin", where, low=0.0)
    _check_rate(annual_rate, "annual_rate", where, low=0.0)
    end = None if as_of is None else check_date(as_of, "as_of", where)
    customers, dates, amounts = check_transactions(transactions, customer_col, date_col,
                                                   amount_col, where, as_of=end)
    if end is None:
        end = dates.max()
    years = (end - dates).dt.days.to_numpy() / 365.25
    value = margin * amounts * (1 + annual_rate) ** years
    return pd.Series(value, index=customers.to_numpy()).groupby(level=0).sum().rename_axis(
        customer_col).rename("historical_clv")


def _check_rate(value, name, where, low=0.0, high=None):
    array = check_numbers(value, name, where, allow_inf=True)
    if (np.isnan(array).any() or np.isinf(array).any() or (array < low).any()
            or (high is not None and (array > high).any())):
        bounds = f">= {low}" if high is None else f"between {low} and {high}"
        raise ValueError(f"{where}: {name} must be {bounds}, got {value!r}")


def simple_clv(margin, retention, discount_rate, horizon=None):
    """The textbook CLV formula (Gupta & Lehmann 2003).

    A customer brings ``margin`` at the end of each period they are still there; they stay from
    one period to the next with probability ``retention``; money is discounted at
    ``discount_rate`` a period::

        CLV = sum_{t=1..H} margin * retention**t / (1 + discount_rate)**t
            = margin * retention / (1 + discount_rate - retention)      (H infinite)

    Works element-wise on numbers or arrays.

    Examples
    --------
    >>> round(simple_clv(100, 0.8, 0.1), 2)
    266.67
    >>> round(simple_clv(100, 0.8, 0.1, horizon=3), 2)
    164.09
    """
    where = "simple_clv"
    _check_rate(margin, "margin", where, 0.0)
    _check_rate(retention, "retention", where, 0.0, 1.0)
    _check_rate(discount_rate, "discount_rate", where, 0.0)
    if horizon is not None:
        check_numbers(horizon, "horizon", where, low=0, integer=True)
    elif np.any((np.asarray(retention, dtype=float) == 1)
                & (np.asarray(discount_rate, dtype=float) == 0)):
        raise ValueError(f"{where}: with retention 1 and discount_rate 0 the value never stops "
                         "growing; give a horizon")
    q = np.asarray(retention, dtype=float) / (1 + np.asarray(discount_rate, dtype=float))
    margin = np.asarray(margin, dtype=float)
    if horizon is None:
        value = margin * q / (1 - q)
    else:
        with np.errstate(invalid="ignore", divide="ignore"):
            value = np.where(q == 1, margin * np.asarray(horizon, dtype=float),
                             margin * q * (1 - q ** np.asarray(horizon, dtype=float)) / (1 - q))
    return value.item() if value.ndim == 0 else value


# ------------------------------------------------------------------ fitting machinery


class ConvergenceError(RuntimeError):
    """Raised when a maximum-likelihood fit does not converge."""


#: Parameters are fitted as logs within ±12 (e^12 ≈ 160,000): a fit ending there found no optimum.
_LOG_BOUND = 12.0
#: sBG with α + β above this is the geometric limit: churn rates spread by less than ~1 % of
#: their mean (the Beta's coefficient of variation is about 1/sqrt(α+β) for small means).
_HOMOGENEOUS = 1e4


def _maximize(negative_loglik, start: np.ndarray, names: list[str], where: str):
    """Minimise a negative log-likelihood over log-parameters with L-BFGS-B and its gradient."""
    from scipy.optimize import minimize

    def run(x0):
        return minimize(negative_loglik, x0, jac=True, method="L-BFGS-B",
                        bounds=[(-_LOG_BOUND, _LOG_BOUND)] * len(start),
                        options={"maxiter": 5000, "gtol": 1e-8, "ftol": 1e-13})

    def flat(result):  # a line search that stops on a flat ridge (gradient ~ 0) has converged too
        return np.max(np.abs(result.jac)) < 1e-5

    result = run(np.log(start))
    # On a long, nearly flat ridge the line search can give up half-way ("ABNORMAL"): restarting
    # from where it stopped, with a fresh curvature estimate, walks on to the optimum. Without this
    # the printed digits would depend on the starting values (tests/test_stability.py).
    for _ in range(5):
        if result.success or flat(result) or not np.isfinite(result.fun):
            break
        again = run(result.x)
        if not again.fun <= result.fun:
            break
        again.nit += result.nit
        result = again
    params = {name: float(value) for name, value in zip(names, np.exp(result.x))}
    if not (result.success or flat(result)):
        raise ConvergenceError(f"{where}: the fit did not converge ({result.message}); "
                               f"last parameters {params}. Check the data or try other start values.")
    if not np.isfinite(result.fun) or not np.isfinite(result.x).all():
        raise ConvergenceError(f"{where}: the likelihood is not finite at the fitted parameters "
                               f"{params}; check the data")
    if result.nit == 0 or np.allclose(result.x, np.log(start), rtol=0, atol=1e-10):
        raise ConvergenceError(f"{where}: the fit stopped at its starting values {params}; the "
                               "data carry no information to move it")
    # A parameter at its bound (e^±12) is a limit of the model, e.g. sBG with β → ∞ is a geometric
    # model with one churn rate for all: the fit is usable, and the model records it.
    result.at_bound = [name for name, value in zip(names, result.x)
                       if abs(value) >= _LOG_BOUND - 1e-3]
    return params, result


class _Fitted:
    params_: dict

    def _check_fitted(self, where):
        if not hasattr(self, "params_"):
            raise NotFittedError(f"{type(self).__name__}.{where}: fit the model first "
                                 f"({type(self).__name__}().fit(...))")

    def __repr__(self):
        if not hasattr(self, "params_"):
            return f"{type(self).__name__}()"
        shown = ", ".join(f"{k}={v:.4g}" for k, v in self.params_.items())
        bound = getattr(self, "at_bound_", [])
        note = f"; {', '.join(bound)} at the bound of the search" if bound else ""
        return f"{type(self).__name__}({shown}{note})"


def _array(values, name, where, *, integer=False, positive=False):
    if np.ndim(values) != 1 or isinstance(values, (str, bytes, dict)):
        raise ValueError(f"{where}: {name} must be a non-empty 1-D sequence of numbers, got "
                         f"{type(values).__name__}")
    if isinstance(values, pd.Series) and values.dtype == bool:
        raise TypeError(f"{where}: {name} must hold numbers, got booleans")
    return check_numbers(values, name, where, low=0, low_open=positive, integer=integer)


def _periods(t, name, where, *, low=0, integer=True):
    """Times at which a model is asked: finite, >= ``low``, whole numbers when periods are discrete."""
    return check_numbers(t, name, where, low=low, integer=integer)


# ------------------------------------------------------------------ shifted-beta-geometric


class ShiftedBetaGeometric(_Fitted):
    """Contractual churn: each customer leaves at the end of a period with probability θ,
    and θ varies across customers as Beta(α, β) (Fader & Hardie 2007).

    Fitted attributes: ``params_`` {alpha, beta}, ``loglik_``, ``at_bound_`` (parameters that
    ended at the bound of the search, e^±12: a limit of the model such as one churn rate for all).

    Examples
    --------
    >>> regular = [1000, 631, 468, 382, 326, 289, 262, 241]
    >>> model = ShiftedBetaGeometric().fit(regular)
    >>> {k: round(v, 3) for k, v in model.params_.items()}
    {'alpha': 0.704, 'beta': 1.182}
    >>> model.survival([1, 2]).round(3).tolist()
    [0.627, 0.474]
    """

    def fit(self, survivors) -> ShiftedBetaGeometric:
        """Fit to the number of customers still active at the start of each period.

        ``survivors[0]`` is the cohort's size, ``survivors[t]`` how many are left after t periods.
        """
        where = "ShiftedBetaGeometric.fit"
        counts = _array(survivors, "survivors", where, integer=True)
        if len(counts) < 2:
            raise ValueError(f"{where}: survivors needs the cohort size and at least one later count")
        if (np.diff(counts) > 0).any():
            raise ValueError(f"{where}: survivors must not increase from one period to the next")
        if counts[0] <= 0:
            raise ValueError(f"{where}: survivors[0] (the cohort size) must be > 0")
        periods = np.arange(1, len(counts))
        lost = counts[:-1] - counts[1:]
        return self._fit(np.concatenate([periods, [periods[-1]]]),
                         np.concatenate([lost, [counts[-1]]]),
                         np.concatenate([np.ones(len(periods), bool), [False]]), where)

    def fit_tenures(self, tenure, churned) -> ShiftedBetaGeometric:
        """Fit to per-customer data: ``tenure`` periods observed (≥ 1), ``churned`` whether the
        customer left at the end of the last of them (False = still active: censored)."""
        where = "ShiftedBetaGeometric.fit_tenures"
        tenure = _array(tenure, "tenure", where, integer=True, positive=True)
        churned_values = np.asarray(churned)
        if churned_values.dtype != bool and not (churned_values.dtype.kind in "iu"
                                                 and np.isin(churned_values, [0, 1]).all()):
            raise TypeError(f"{where}: churned must hold True/False, got {churned_values.dtype}")
        churned = churned_values.astype(bool)
        if churned.shape != tenure.shape:
            raise ValueError(f"{where}: tenure and churned must have the same length")
        table = pd.DataFrame({"t": tenure.astype(np.int64), "c": churned}).value_counts()
        t, c = (table.index.get_level_values(k).to_numpy() for k in ("t", "c"))
        return self._fit(t, table.to_numpy(dtype=float), c, where)

    def _fit(self, t, weight, churned, where):
        from scipy.special import betaln, digamma

        t = np.asarray(t, dtype=float)
        weight = np.asarray(weight, dtype=float)
        churned = np.asarray(churned, dtype=bool)
        if (weight * churned).sum() == 0:
            raise ConvergenceError(f"{where}: nobody left in the data; the churn rate cannot be "
                                   "estimated (it could be anything near 0)")
        if ((weight > 0) & ~(churned & (t == 1))).sum() == 0:
            raise ConvergenceError(f"{where}: everybody left after the first period; the spread "
                                   "of churn rates across customers cannot be estimated")

        def negative(log_params):
            a, b = np.exp(log_params)
            base = betaln(a, b)
            # churned in period t: B(a+1, b+t-1)/B(a,b); still there after t: B(a, b+t)/B(a,b)
            p1 = np.where(churned, a + 1, a)
            p2 = np.where(churned, b + t - 1, b + t)
            ll = betaln(p1, p2) - base
            d_ab = digamma(a + b)
            d_shared = digamma(p1 + p2)
            grad_a = digamma(p1) - d_shared - digamma(a) + d_ab
            grad_b = digamma(p2) - d_shared - digamma(b) + d_ab
            total = weight.sum()
            value = -(weight * ll).sum() / total
            gradient = -np.array([a * (weight * grad_a).sum(), b * (weight * grad_b).sum()]) / total
            return value, gradient

        # start at a Beta(1, β) whose mean is the crude churn rate: lost / periods observed
        rate = np.clip((weight * churned).sum() / (weight * t).sum(), 1e-4, 0.5)
        self.params_, result = _maximize(negative, np.array([1.0, (1 - rate) / rate]),
                                         ["alpha", "beta"], where)
        at_bound = result.at_bound
        if self.params_["alpha"] + self.params_["beta"] > _HOMOGENEOUS:
            # The likelihood rises along a ridge towards α, β → ∞ with α/(α+β) fixed: the data show
            # no spread of churn rates, only their mean (the geometric limit). Where on the ridge
            # the search stops depends on its start (and on the machine), so pin β at the bound
            # and fit α alone: one well-defined point, the same everywhere.
            from scipy.optimize import minimize_scalar

            log_beta = _LOG_BOUND
            one_d = minimize_scalar(lambda log_a: negative([log_a, log_beta])[0],
                                    bounds=(-_LOG_BOUND, _LOG_BOUND), method="bounded",
                                    options={"xatol": 1e-10})
            self.params_ = {"alpha": float(np.exp(one_d.x)), "beta": float(np.exp(log_beta))}
            result.fun = one_d.fun
            at_bound = ["beta"]
        self.loglik_ = -result.fun * weight.sum()
        self.at_bound_ = at_bound
        return self

    @property
    def mean_churn_(self) -> float:
        """The mean of the customers' churn probabilities, α / (α + β): well identified even where
        α and β are not (see ``at_bound_``)."""
        self._check_fitted("mean_churn_")
        return self.params_["alpha"] / (self.params_["alpha"] + self.params_["beta"])

    def churn_probability(self, t):
        """P(a customer leaves in period t), t = 1, 2, …"""
        from scipy.special import betaln

        self._check_fitted("churn_probability")
        a, b = self.params_["alpha"], self.params_["beta"]
        t = _periods(t, "t", "ShiftedBetaGeometric.churn_probability", low=1)
        return np.exp(betaln(a + 1, b + t - 1) - betaln(a, b))

    def survival(self, t):
        """Share of a new cohort still active after t periods, S(t) = B(α, β+t) / B(α, β)."""
        from scipy.special import betaln

        self._check_fitted("survival")
        return self._survival(_periods(t, "t", "ShiftedBetaGeometric.survival", low=0))

    def _survival(self, t):
        from scipy.special import betaln

        a, b = self.params_["alpha"], self.params_["beta"]
        return np.exp(betaln(a, b + t) - betaln(a, b))

    def retention_rate(self, t):
        """Share of those active in period t-1 who renew into period t: (β+t-1)/(α+β+t-1).

        It rises with t: the customers who stay are the loyal ones (heterogeneity, not a change
        in anyone's behaviour)."""
        self._check_fitted("retention_rate")
        a, b = self.params_["alpha"], self.params_["beta"]
        t = _periods(t, "t", "ShiftedBetaGeometric.retention_rate", low=1)
        return (b + t - 1) / (a + b + t - 1)

    def expected_lifetime(self) -> float:
        """Expected number of periods a new customer stays, (α+β-1)/(α-1); infinite when α ≤ 1."""
        self._check_fitted("expected_lifetime")
        a, b = self.params_["alpha"], self.params_["beta"]
        return (a + b - 1) / (a - 1) if a > 1 else np.inf

    def discounted_expected_residual_lifetime(self, discount_rate: float, tenure=0,
                                              horizon: int | None = None):
        """Discounted number of future payments of a customer still active after ``tenure`` periods.

        One payment at the end of each future period k = 1, 2, … the customer is still there,
        probability S(tenure + k - 1) / S(tenure), discounted by (1 + discount_rate)^k — the same
        timing as :func:`simple_clv`. Multiply by the margin per period for the customer's
        residual CLV. The infinite sum is x · 2F1(1, β+n; α+β+n; x) with x = 1/(1+d), n = tenure
        (Fader & Hardie 2010 count the first payment undiscounted; theirs is this divided by x).
        Vectorised over ``tenure``.

        Examples
        --------
        >>> model = ShiftedBetaGeometric().fit([1000, 631, 468, 382, 326, 289, 262, 241])
        >>> round(float(model.discounted_expected_residual_lifetime(0.1)), 3)
        3.359
        """
        from scipy.special import hyp2f1

        where = "ShiftedBetaGeometric.discounted_expected_residual_lifetime"
        self._check_fitted("discounted_expected_residual_lifetime")
        _check_rate(discount_rate, "discount_rate", where)
        check_number(discount_rate, "discount_rate", where, low=0)
        n = _periods(tenure, "tenure", where, low=0)
        n = n.reshape(np.shape(tenure))
        if horizon is not None:
            horizon = check_int(horizon, "horizon", minimum=1, where=where)
        a, b = self.params_["alpha"], self.params_["beta"]
        x = 1 / (1 + discount_rate)
        if horizon is None:
            value = x * hyp2f1(1, b + n, a + b + n, x)
        else:
            k = np.arange(1, int(horizon) + 1)
            ratio = self._survival(n[..., None] + k - 1) / self._survival(n)[..., None]
            value = (ratio * x ** k).sum(axis=-1)
        return value.item() if np.ndim(value) == 0 else value


# ------------------------------------------------------------------ BG/NBD


def _summary_arrays(frequency, recency, T, where):
    x = _array(frequency, "frequency", where, integer=True)
    t_x = _array(recency, "recency", where)
    T = _array(T, "T", where)
    if not (len(x) == len(t_x) == len(T)):
        raise ValueError(f"{where}: frequency, recency and T must have the same length")
    if (t_x > T + 1e-9).any():
        raise ValueError(f"{where}: recency must not exceed T ({int((t_x > T).sum())} customers)")
    if ((x == 0) & (t_x > 0)).any():
        raise ValueError(f"{where}: a customer with frequency 0 must have recency 0")
    return x, t_x, T


class BetaGeoModel(_Fitted):
    """BG/NBD (Fader, Hardie & Lee 2005): while active a customer buys at Poisson rate λ ~ Gamma(r, α);
    after each repeat purchase they drop out with probability p ~ Beta(a, b).

    Fitted attributes: ``params_`` {r, alpha, a, b}, ``loglik_``, ``at_bound_``.

    Examples
    --------
    >>> from crmlab.datasets import load_cdnow
    >>> cdnow = load_cdnow("summary")
    >>> model = BetaGeoModel().fit(cdnow["frequency"], cdnow["recency"], cdnow["T"])
    >>> {k: round(v, 3) for k, v in model.params_.items()}
    {'r': 0.243, 'alpha': 4.414, 'a': 0.793, 'b': 2.426}
    >>> round(float(model.expected_purchases(39, 2, 30.43, 38.86)), 3)
    1.226
    """

    def fit(self, frequency, recency, T) -> BetaGeoModel:
        where = "BetaGeoModel.fit"
        x, t_x, T = _summary_arrays(frequency, recency, T, where)
        if len(x) < 2:
            raise ConvergenceError(f"{where}: one customer cannot identify the four BG/NBD "
                                   "parameters; fit on a whole customer base")
        if x.sum() == 0:
            raise ConvergenceError(f"{where}: no customer has repeat purchases (all frequency 0); "
                                   "the purchase and drop-out processes cannot be told apart")
        if (T == 0).all():
            raise ConvergenceError(f"{where}: every customer has T = 0; nobody was observed "
                                   "after their first purchase")
        table = pd.DataFrame({"x": x, "t_x": t_x, "T": T}).value_counts(sort=False)
        x, t_x, T = (table.index.get_level_values(k).to_numpy() for k in ("x", "t_x", "T"))
        weight = table.to_numpy(dtype=float)
        # start where one purchase per observed lifetime is expected: alpha in the unit of T
        alpha0 = max(float(np.average(T, weights=weight)), 1e-3)
        self.params_, result = _maximize(lambda p: _bgnbd_negative(p, x, t_x, T, weight),
                                         np.array([1.0, alpha0, 1.0, 1.0]),
                                         ["r", "alpha", "a", "b"], where)
        self.loglik_ = -result.fun * weight.sum()
        self.at_bound_ = result.at_bound
        return self

    def _params(self, where):
        self._check_fitted(where)
        return (self.params_[k] for k in ("r", "alpha", "a", "b"))

    def prob_alive(self, frequency, recency, T):
        """P(still active | x, t_x, T) = 1 / (1 + [x>0] a/(b+x-1) ((α+T)/(α+t_x))^(r+x))."""
        r, alpha, a, b = self._params("prob_alive")
        x, t_x, T = _summary_arrays(np.atleast_1d(frequency), np.atleast_1d(recency),
                                    np.atleast_1d(T), "BetaGeoModel.prob_alive")
        with np.errstate(divide="ignore"):
            log_ratio = (np.log(a) - np.log(np.maximum(b + x - 1, 1e-300))
                         + (r + x) * (np.log(alpha + T) - np.log(alpha + t_x)))
        odds = np.where(x > 0, np.exp(np.minimum(log_ratio, 700)), 0.0)
        return _like(frequency, 1 / (1 + odds))

    def expected_purchases(self, t, frequency, recency, T):
        """Expected purchases in the next ``t`` periods of customers with (x, t_x, T) (FHL eq. 10)."""
        from scipy.special import hyp2f1

        r, alpha, a, b = self._params("expected_purchases")
        where = "BetaGeoModel.expected_purchases"
        x, t_x, T = _summary_arrays(np.atleast_1d(frequency), np.atleast_1d(recency),
                                    np.atleast_1d(T), where)
        t = _periods(t, "t", where, integer=False).reshape(np.shape(t))
        if a == 1:
            raise ValueError("BetaGeoModel.expected_purchases: the formula is undefined at a = 1")
        with np.errstate(all="ignore"):
            hyper = hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t))
            head = (a + b + x - 1) / (a - 1)
            body = 1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyper
            alive = self.prob_alive(x, t_x, T)
            # the denominator of eq. 10 is 1 / prob_alive
            value = head * body * alive
        _check_finite(value, where, "t, frequency, recency and T")
        # 1 - (...)·2F1 cancels to ~0 for t ≈ 0 and can land a rounding error below it
        value = np.maximum(value, 0.0)
        return _like(frequency, value)

    def expected_purchases_new(self, t):
        """Expected purchases of a new customer in their first ``t`` periods, E[X(t)]."""
        from scipy.special import hyp2f1

        r, alpha, a, b = self._params("expected_purchases_new")
        where = "BetaGeoModel.expected_purchases_new"
        t = _periods(t, "t", where, integer=False)
        with np.errstate(all="ignore"):
            value = (a + b - 1) / (a - 1) * (1 - (alpha / (alpha + t)) ** r
                                             * hyp2f1(r, b, a + b - 1, t / (alpha + t)))
        _check_finite(value, where, "t")
        value = np.maximum(value, 0.0)  # rounding below 0 near t = 0, as above
        return value


def _check_finite(value, where, inputs):
    """A prediction the formula could not evaluate is an error, not a NaN or inf passed on."""
    bad = ~np.isfinite(np.asarray(value, dtype=float))
    if bad.any():
        raise ValueError(f"{where}: {inputs} are beyond what the formula can evaluate for "
                         f"{int(bad.sum())} value(s) (the hypergeometric series overflows); "
                         "use a shorter horizon or check the summary")


def _like(template, values):
    values = np.asarray(values)
    if isinstance(template, pd.Series):
        return pd.Series(values, index=template.index)
    return values.item() if np.ndim(template) == 0 and values.size == 1 else values


def _bgnbd_negative(log_params, x, t_x, T, weight):
    """Negative mean BG/NBD log-likelihood and its gradient in log-parameters."""
    from scipy.special import betaln, digamma, gammaln

    r, alpha, a, b = np.exp(log_params)
    rx = r + x
    has = x > 0
    log_T, log_tx = np.log(alpha + T), np.log(alpha + t_x)
    ln_a1 = betaln(a, b + x) - betaln(a, b) - rx * log_T
    safe_b = np.where(has, b + x - 1, b)
    ln_a2 = np.where(has, betaln(a + 1, safe_b) - betaln(a, b) - rx * log_tx, -np.inf)
    top = np.maximum(ln_a1, ln_a2)
    ln_sum = top + np.log(np.exp(ln_a1 - top) + np.exp(ln_a2 - top))
    ll = gammaln(rx) - gammaln(r) + r * np.log(alpha) + ln_sum
    w1, w2 = np.exp(ln_a1 - ln_sum), np.exp(ln_a2 - ln_sum)

    d_ab, d_abx = digamma(a + b), digamma(a + b + x)
    g_r = digamma(rx) - digamma(r) + np.log(alpha) - w1 * log_T - w2 * log_tx
    g_alpha = r / alpha - w1 * rx / (alpha + T) - w2 * rx / (alpha + t_x)
    g_a = w1 * (d_ab - d_abx) + w2 * (digamma(a + 1) - digamma(a) + d_ab - d_abx)
    g_b = (w1 * (digamma(b + x) - d_abx - digamma(b) + d_ab)
           + w2 * (digamma(safe_b) - d_abx - digamma(b) + d_ab))
    total = weight.sum()
    value = -(weight * ll).sum() / total
    gradient = -np.array([r * (weight * g_r).sum(), alpha * (weight * g_alpha).sum(),
                          a * (weight * g_a).sum(), b * (weight * g_b).sum()]) / total
    return value, gradient


# ------------------------------------------------------------------ Gamma-Gamma


class GammaGammaModel(_Fitted):
    """Spend per purchase: each amount ~ Gamma(p, ν), with ν ~ Gamma(q, γ) across customers
    (``params_`` {p, q, v}, v = γ as lifetimes names it). Fit on customers with repeat purchases;
    spend is assumed independent of purchase frequency.

    Examples
    --------
    >>> from crmlab.datasets import load_cdnow
    >>> cdnow = load_cdnow("summary")
    >>> buyers = cdnow[cdnow["frequency"] > 0]
    >>> model = GammaGammaModel().fit(buyers["frequency"], buyers["monetary_value"])
    >>> {k: round(v, 2) for k, v in model.params_.items()}
    {'p': 6.25, 'q': 3.74, 'v': 15.45}
    """

    def fit(self, frequency, monetary_value) -> GammaGammaModel:
        from scipy.special import digamma, gammaln

        where = "GammaGammaModel.fit"
        x = _array(frequency, "frequency", where, integer=True, positive=True)
        z = _array(monetary_value, "monetary_value", where, positive=True)
        if len(x) != len(z):
            raise ValueError(f"{where}: frequency and monetary_value must have the same length")
        if len(x) < 2 or np.ptp(z) == 0:
            raise ConvergenceError(f"{where}: {len(x)} customer(s) with {'the same' if len(x) > 1 else 'one'} "
                                   "mean spend cannot identify the spread of spend across "
                                   "customers; fit on many customers whose spend differs")
        log_x, log_z, xz = np.log(x), np.log(z), x * z

        def negative(log_params):
            p, q, v = np.exp(log_params)
            px = p * x
            log_xzv = np.log(xz + v)
            ll = (gammaln(px + q) - gammaln(px) - gammaln(q) + q * np.log(v)
                  + (px - 1) * log_z + px * log_x - (px + q) * log_xzv)
            d = digamma(px + q)
            g_p = x * (d - digamma(px) + log_z + log_x - log_xzv)
            g_q = d - digamma(q) + np.log(v) - log_xzv
            g_v = q / v - (px + q) / (xz + v)
            n = len(x)
            return -ll.sum() / n, -np.array([p * g_p.sum(), q * g_q.sum(), v * g_v.sum()]) / n

        # start at p = 1, q = 2: then the mean spend p v / (q - 1) equals the data's when v = mean z
        start = np.array([1.0, 2.0, max(float(z.mean()), 1e-6)])
        self.params_, result = _maximize(negative, start, ["p", "q", "v"], where)
        self.loglik_ = -result.fun * len(x)
        self.at_bound_ = result.at_bound
        return self

    def expected_spend(self, frequency, monetary_value):
        """E[spend per purchase | x, z̄]: a weighted mean of the population mean p·v/(q-1) and the
        customer's own mean z̄, the weight on z̄ growing with x. Customers with no repeat purchase
        (x = 0) get the population mean."""
        self._check_fitted("expected_spend")
        where = "GammaGammaModel.expected_spend"
        p, q, v = (self.params_[k] for k in ("p", "q", "v"))
        x = check_numbers(frequency, "frequency", where, low=0, integer=True)
        z = check_numbers(monetary_value, "monetary_value", where, low=0)
        if x.shape != z.shape and x.size != 1 and z.size != 1:
            raise ValueError(f"{where}: frequency and monetary_value must have the same length, "
                             f"got {x.size} and {z.size}")
        if np.any((x > 0) & (z == 0)):
            raise ValueError(f"{where}: monetary_value must be > 0 where frequency > 0 (the mean "
                             "spend of repeat purchases)")
        x, z = x.reshape(np.shape(frequency)), z.reshape(np.shape(monetary_value))
        if q <= 1:
            raise ValueError("GammaGammaModel.expected_spend: needs q > 1 "
                             f"(fitted q = {q:.3f}); the mean spend is infinite otherwise")
        value = (p * (v + x * z)) / (p * x + q - 1)
        return _like(frequency, value)


# ------------------------------------------------------------------ CLV from the two models


def expected_clv(bg_model: BetaGeoModel, gg_model: GammaGammaModel, summary: pd.DataFrame,
                 horizon_months: int = 36, discount_rate: float = 0.10, margin: float = 1.0,
                 freq: str = "D") -> pd.Series:
    """Expected discounted margin of future purchases over ``horizon_months``.

    For each month k: expected purchases between months k-1 and k (BG/NBD) x expected spend
    (Gamma-Gamma) x ``margin``, discounted at ``discount_rate`` a *year* (converted to monthly).

    Parameters
    ----------
    summary : DataFrame
        ``frequency, recency, T, monetary_value`` in periods of ``freq`` (as from
        :func:`summarize_transactions`).
    freq : {"D", "W", "M"}
        The time unit of ``summary`` and of the fitted BG/NBD model.

    Returns
    -------
    Series indexed like ``summary``.
    """
    where = "expected_clv"
    for name, model, kind in (("bg_model", bg_model, BetaGeoModel),
                              ("gg_model", gg_model, GammaGammaModel)):
        if not isinstance(model, kind):
            raise TypeError(f"{where}: {name} must be a fitted {kind.__name__}, got "
                            f"{type(model).__name__}")
        if not hasattr(model, "params_"):
            raise NotFittedError(f"{where}: {name} must be fitted first ({kind.__name__}().fit(...))")
    check_columns(summary, ["frequency", "recency", "T", "monetary_value"], "summary", where=where)
    if summary.empty:
        raise ValueError(f"{where}: summary is empty; it needs at least one customer")
    horizon_months = check_int(horizon_months, "horizon_months", minimum=1, where=where)
    _check_rate(discount_rate, "discount_rate", where)
    _check_rate(margin, "margin", where)
    check_freq(freq, "freq", where, choices=PERIODS_PER_MONTH)
    x, t_x, T = _summary_arrays(summary["frequency"], summary["recency"], summary["T"], where)
    monetary = check_numbers(summary["monetary_value"], "summary['monetary_value']", where, low=0)
    with named_as(where):
        spend = np.asarray(gg_model.expected_spend(x, monetary))
    monthly = (1 + discount_rate) ** (1 / 12) - 1
    step = PERIODS_PER_MONTH[freq]
    value = np.zeros(len(summary))
    before = np.zeros(len(summary))
    for k in range(1, horizon_months + 1):
        with named_as(where):
            after = np.asarray(bg_model.expected_purchases(k * step, x, t_x, T))
        value += margin * spend * (after - before) / (1 + monthly) ** k
        before = after
    return pd.Series(value, index=summary.index, name="expected_clv")
