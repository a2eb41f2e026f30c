"""One switch for the language: crmlab.set_language("zh") (issue 17, item 3)."""

from __future__ import annotations

import re
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import crmlab  # noqa: E402
import crmlab.exercises as exercises  # noqa: E402
from crmlab import differentiate, plot  # noqa: E402
from crmlab.datasets import load_telecom  # noqa: E402
from crmlab.glossary import LABELS, category_label, label, translate_labels  # noqa: E402


@pytest.fixture(autouse=True)
def english_after():
    yield
    crmlab.set_language("en")


def test_switch_and_exercises_stay_in_sync():
    assert crmlab.language() == "en"
    crmlab.set_language("zh")
    assert crmlab.language() == "zh" and exercises.language() == "zh"
    exercises.set_language("en")
    assert crmlab.language() == "en"
    exercises.set_language("zh")
    assert crmlab.language() == "zh"
    for bad in ("fr", "ZH", None, 1):
        with pytest.raises(ValueError, match="language must be one of"):
            crmlab.set_language(bad)
    assert crmlab.language() == "zh"


def test_zh_data_has_the_shipped_numbers_and_chinese_names():
    english = load_telecom()
    crmlab.set_language("zh")
    chinese = crmlab.load_telecom()
    assert chinese.customers["name"].str.contains(r"[\u4e00-\u9fff]").all()
    assert not english.customers["name"].str.contains(r"[\u4e00-\u9fff]").any()
    compared = 0
    for table, shipped in english.tables().items():
        mine = chinese.tables()[table]
        numeric = shipped.select_dtypes("number").columns
        assert list(mine.columns) == list(shipped.columns) and len(mine) == len(shipped)
        pd.testing.assert_frame_equal(mine[numeric], shipped[numeric])
        compared += len(numeric)
    assert compared > 20
    # cached, and a copy every time
    again = crmlab.load_telecom()
    again.customers.loc[:, "name"] = "x"
    assert crmlab.load_telecom().customers["name"].iloc[0] != "x"
    # an explicit locale overrides the switch
    assert crmlab.load_telecom(locale="en_US").customers["name"].equals(english.customers["name"])
    crmlab.set_language("en")
    assert crmlab.load_telecom(locale="zh_CN").customers["name"].equals(chinese.customers["name"])
    with pytest.raises(ValueError, match="locale"):
        crmlab.load_telecom(locale="fr_FR")


def test_start_builds_the_zh_world_and_checks_keep_working(capsys):
    from crmlab.exercises._check import _reference

    crmlab.set_language("zh")
    data = exercises.start(0)
    assert data.customers["name"].str.contains(r"[\u4e00-\u9fff]").all()
    exercises.check("00.1", _reference("00.1"))
    out = capsys.readouterr().out
    assert "种子 0" in out and "✔ 00.1 正确。" in out
    crmlab.set_language("en")
    assert not exercises.start(0, quiet=True).customers["name"].str.contains(
        r"[\u4e00-\u9fff]").any()


# ------------------------------------------------------------------ charts

VALUES = pd.Series([50.0, 30.0, 10.0, 5.0, 5.0, 0.0])


def charts():
    """One valid call of every chart in crmlab.plot, by name."""
    months = pd.date_range("2024-01-01", periods=6, freq="MS")
    rfm = pd.DataFrame({"R": [5, 1, 3], "F": [5, 1, 2], "monetary": [100.0, 5.0, 20.0]})
    periods = np.arange(6)
    observed = pd.Series([1.0, 0.7, 0.55, 0.45, 0.4, 0.36], index=periods)
    stages = ["acquisition", "growth", "maturity", "decline", "termination"]
    dates = pd.date_range("2024-03-31", periods=4, freq="QE")
    lifecycle = pd.DataFrame(np.arange(20).reshape(4, 5) + 1, index=dates, columns=stages)
    completeness = pd.DataFrame({"basic": [0.9, 0.8], "attitude": [0.2, 0.4],
                                 "behaviour": [0.7, 0.6]}, index=["billing", "store_pos"])
    quality = pd.Series({"precision": 0.9, "recall": 0.8, "f1": 0.85, "true_pairs": 100,
                         "predicted_pairs": 90, "correct_pairs": 81})
    mix = pd.DataFrame({"contacts": [100, 50, 30], "first_contact_resolution": [0.7, 0.5, 0.9]},
                       index=["phone", "app", "store"])
    profile = pd.DataFrame(np.arange(14.0).reshape(7, 2),
                           index=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                           columns=["09:00", "10:00"])
    curve = pd.DataFrame({"agents": [10, 11, 12], "service_level": [0.6, 0.75, 0.85]})
    funnel = pd.DataFrame({"complaints": [10, 8, 5, 2], "median_hours": [0, 2, 30, 90]},
                          index=["vent", "record", "remedy", "follow up"])
    chain = pd.DataFrame({"churn_within_180_days": [0.12, 0.06, 0.02]},
                         index=["detractor", "passive", "promoter"])
    rules = pd.DataFrame({"support": [0.1, 0.05], "confidence": [0.5, 0.3], "lift": [2.0, 1.2],
                          "antecedents": ["iptv", "broadband"], "consequents": ["broadband", "iptv"]})
    qini = pd.DataFrame({"share_targeted": [0.0, 0.5, 1.0], "incremental_responders": [0, 30, 40],
                         "random": [0, 20, 40]})
    roi = pd.DataFrame({"share_targeted": [0.1, 0.3, 0.5], "profit_per_1000": [100.0, 250.0, -20.0]})
    tornado = pd.DataFrame({"low": [80.0, 90.0], "high": [120.0, 110.0], "base": [100.0, 100.0]},
                           index=["churn_reduction", "upfront_cost"])
    systems = pd.DataFrame({"kind": ["collaborative", "operational", "analytical"],
                            "system": ["channels", "billing", "warehouse"],
                            "holds": ["phone, app", "bills", "all tables"]})
    ledger = pd.DataFrame({"present_value": [100.0, -40.0],
                           "status": ["measured (pilot)", "assumed"]},
                          index=["churn_saving", "licence_cost"])
    economics = pd.DataFrame({"agents": [12, 13, 14], "agent_cost": [10.0, 11, 12],
                              "margin_lost": [8.0, 4, 2], "total_cost": [18.0, 15, 14],
                              "best": [False, False, True], "meets_target": [False, True, True]})
    comparison = pd.DataFrame({"saving": [0.0, 5.0], "extra_margin_lost": [0.0, 8.0],
                               "extra_reacquisition": [0.0, 2.0], "net_per_customer": [0.0, -5.0]},
                              index=["status quo", "cheap"])
    return {
        "monthly_trend": lambda: plot.monthly_trend(pd.DataFrame(
            {"revenue": [10.0, 12, 11, 9, 8, 10], "active_customers": [5, 6, 6, 5, 5, 6]}, months)),
        "pareto_chart": lambda: plot.pareto_chart(differentiate.pareto_table(VALUES)),
        "lorenz_curve": lambda: plot.lorenz_curve(differentiate.lorenz_points(VALUES),
                                                  gini=differentiate.gini(VALUES)),
        "lorenz_curve_no_gini": lambda: plot.lorenz_curve(differentiate.lorenz_points(VALUES)),
        "rfm_heatmap": lambda: plot.rfm_heatmap(differentiate.rfm_grid(rfm)),
        "pyramid_chart": lambda: plot.pyramid_chart(
            pd.Series([2, 3, 10, 1], index=differentiate.PYRAMID_LEVELS)),
        "portfolio_matrix": lambda: plot.portfolio_matrix(differentiate.portfolio_table(
            pd.Series(["high", "low", "low"]), pd.Series(["high", "low", "medium"]))),
        "survival_curve": lambda: plot.survival_curve(observed, observed * 0.98),
        "survival_curve_year": lambda: plot.survival_curve(observed, observed * 0.98, unit="year"),
        "survival_curve_month": lambda: plot.survival_curve(observed, unit="month"),
        "lifecycle_chart": lambda: plot.lifecycle_chart(lifecycle),
        "completeness_chart": lambda: plot.completeness_chart(completeness),
        "completeness_chart_series": lambda: plot.completeness_chart(completeness.iloc[0]),
        "match_quality_chart": lambda: plot.match_quality_chart(quality),
        "channel_mix_chart": lambda: plot.channel_mix_chart(mix),
        "arrivals_heatmap": lambda: plot.arrivals_heatmap(profile),
        "staffing_curve": lambda: plot.staffing_curve(curve, target=0.8),
        "complaint_funnel_chart": lambda: plot.complaint_funnel_chart(funnel),
        "nps_vs_churn": lambda: plot.nps_vs_churn(chain),
        "rules_chart": lambda: plot.rules_chart(rules),
        "uplift_curve": lambda: plot.uplift_curve(qini),
        "roi_curve": lambda: plot.roi_curve(roi),
        "tornado_chart": lambda: plot.tornado_chart(tornado),
        "crm_architecture": lambda: plot.crm_architecture(systems),
        "business_case_chart": lambda: plot.business_case_chart(ledger),
        "staffing_economics_chart": lambda: plot.staffing_economics_chart(economics),
        "pay_twice_chart": lambda: plot.pay_twice_chart(comparison),
        "timing_chart": lambda: plot.timing_chart(
            pd.Series({"periodic": 1.0, "timely": 0.3, "new_customer": 0.03})),
    }


def texts(ax):
    """Title, axis labels, legend texts, text annotations and colour-bar labels of a chart."""
    legend = ax.get_legend()
    twins = [other for other in ax.figure.axes if other is not ax]
    return {"title": ax.get_title(), "xlabel": ax.get_xlabel(), "ylabel": ax.get_ylabel(),
            "legend": [t.get_text() for t in legend.get_texts()] if legend else [],
            "texts": [t.get_text() for t in ax.texts],
            "ticks": [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()],
            "other_axes": [[o.get_title(), o.get_xlabel(), o.get_ylabel()] for o in twins]}


#: What every chart showed in English before the labels moved to the glossary (recorded once
#: from the implementation of main): English output must stay byte-identical.
ENGLISH = {'arrivals_heatmap': {'legend': [],
                      'other_axes': [['', '', 'calls per hour']],
                      'texts': [],
                      'ticks': ['09:00', '10:00', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
                      'title': 'When customers call',
                      'xlabel': 'time of day',
                      'ylabel': 'weekday'},
 'business_case_chart': {'legend': ['measured', 'assumed'],
                         'other_axes': [],
                         'texts': [],
                         'ticks': ['−80',
                                   '−40',
                                   '0',
                                   '40',
                                   '80',
                                   '120',
                                   'licence cost',
                                   'churn saving'],
                         'title': 'What was measured and what was assumed',
                         'xlabel': 'present value (currency units)',
                         'ylabel': 'line of the business case'},
 'channel_mix_chart': {'legend': ['contacts', 'first-contact resolution'],
                       'other_axes': [['', '', 'first-contact resolution (%)']],
                       'texts': [],
                       'ticks': ['phone',
                                 'app',
                                 'store',
                                 '0',
                                 '20',
                                 '40',
                                 '60',
                                 '80',
                                 '100',
                                 '120'],
                       'title': 'Channel mix and first-contact resolution',
                       'xlabel': 'channel',
                       'ylabel': 'contacts'},
 'complaint_funnel_chart': {'legend': [],
                            'other_axes': [],
                            'texts': ['vent: 10 (median 0 h)',
                                      'record: 8 (median 2 h)',
                                      'remedy: 5 (median 30 h)',
                                      'follow up: 2 (median 90 h)'],
                            'ticks': [],
                            'title': 'Complaint handling in four steps',
                            'xlabel': 'bar width = complaints reaching the step',
                            'ylabel': ''},
 'completeness_chart': {'legend': ['billing', 'store_pos'],
                        'other_axes': [],
                        'texts': [],
                        'ticks': ['0',
                                  '20',
                                  '40',
                                  '60',
                                  '80',
                                  '100',
                                  'basic',
                                  'attitude',
                                  'behaviour'],
                        'title': 'Completeness of customer information',
                        'xlabel': 'fields filled (%)',
                        'ylabel': 'information type'},
 'completeness_chart_series': {'legend': ['all records'],
                               'other_axes': [],
                               'texts': [],
                               'ticks': ['0',
                                         '20',
                                         '40',
                                         '60',
                                         '80',
                                         '100',
                                         'basic',
                                         'attitude',
                                         'behaviour'],
                               'title': 'Completeness of customer information',
                               'xlabel': 'fields filled (%)',
                               'ylabel': 'information type'},
 'crm_architecture': {'legend': [],
                      'other_axes': [],
                      'texts': ['collaborative CRM\nchannels where customer and company meet',
                                'channels',
                                'phone, app',
                                'operational CRM\nsystems that run the business',
                                'billing',
                                'bills',
                                'analytical CRM\nwarehouse and models: this kit',
                                'warehouse',
                                'all tables'],
                      'ticks': ['−0.5',
                                '0.0',
                                '0.5',
                                '1.0',
                                '1.5',
                                '2.0',
                                '2.5',
                                '3.0',
                                '3.5',
                                '−0.2',
                                '0.0',
                                '0.2',
                                '0.4',
                                '0.6',
                                '0.8',
                                '1.0',
                                '1.2',
                                '1.4'],
                      'title': "Where the course's data live",
                      'xlabel': '',
                      'ylabel': ''},
 'lifecycle_chart': {'legend': ['acquisition', 'growth', 'maturity', 'decline', 'termination'],
                     'other_axes': [],
                     'texts': [],
                     'ticks': ['2024-04',
                               '2024-05',
                               '2024-06',
                               '2024-07',
                               '2024-08',
                               '2024-09',
                               '2024-10',
                               '2024-11',
                               '2024-12',
                               '2025-01',
                               '0',
                               '20',
                               '40',
                               '60',
                               '80',
                               '100',
                               '120'],
                     'title': 'Customers by lifecycle stage',
                     'xlabel': 'date',
                     'ylabel': 'customers'},
 'lorenz_curve': {'legend': ['Lorenz curve', 'inequality', 'equality'],
                  'other_axes': [],
                  'texts': [],
                  'ticks': ['0', '20', '40', '60', '80', '100', '0', '20', '40', '60', '80', '100'],
                  'title': 'Lorenz curve (Gini = 0.55)',
                  'xlabel': 'cumulative share of customers, least valuable first (%)',
                  'ylabel': 'cumulative share of value (%)'},
 'lorenz_curve_no_gini': {'legend': ['Lorenz curve', 'inequality', 'equality'],
                          'other_axes': [],
                          'texts': [],
                          'ticks': ['0',
                                    '20',
                                    '40',
                                    '60',
                                    '80',
                                    '100',
                                    '0',
                                    '20',
                                    '40',
                                    '60',
                                    '80',
                                    '100'],
                          'title': 'Lorenz curve',
                          'xlabel': 'cumulative share of customers, least valuable first (%)',
                          'ylabel': 'cumulative share of value (%)'},
 'match_quality_chart': {'legend': [],
                         'other_axes': [],
                         'texts': ['90.0%', '80.0%', '85.0%'],
                         'ticks': ['precision',
                                   'recall',
                                   'f1',
                                   '0',
                                   '20',
                                   '40',
                                   '60',
                                   '80',
                                   '100',
                                   '120'],
                         'title': 'Identity resolution: 81 of 100 true pairs found, 9 wrong',
                         'xlabel': 'measure',
                         'ylabel': '% of record pairs'},
 'monthly_trend': {'legend': ['revenue', 'active customers'],
                   'other_axes': [['', '', 'active customers']],
                   'texts': [],
                   'ticks': ['2024-01', '2024-04', '0', '2', '4', '6', '8', '10', '12', '14'],
                   'title': 'Monthly revenue and active customers',
                   'xlabel': 'month',
                   'ylabel': 'revenue (currency units)'},
 'nps_vs_churn': {'legend': [],
                  'other_axes': [],
                  'texts': ['12.0%', '6.0%', '2.0%'],
                  'ticks': ['detractor',
                            'passive',
                            'promoter',
                            '0',
                            '2',
                            '4',
                            '6',
                            '8',
                            '10',
                            '12',
                            '14'],
                  'title': 'Satisfaction and loyalty: churn after the survey',
                  'xlabel': 'NPS group',
                  'ylabel': 'churned within 180 days (%)'},
 'pareto_chart': {'legend': ['customers, most valuable first', 'all customers equal'],
                  'other_axes': [],
                  'texts': ['top 20% → 56% of value'],
                  'ticks': ['0',
                            '20',
                            '40',
                            '60',
                            '80',
                            '100',
                            '0',
                            '20',
                            '40',
                            '60',
                            '80',
                            '100',
                            '120'],
                  'title': 'Pareto chart (80/20)',
                  'xlabel': 'cumulative share of customers (%)',
                  'ylabel': 'cumulative share of value (%)'},
 'pay_twice_chart': {'legend': ['net',
                                'handling cost saved (+) / added (-)',
                                'margin kept (+) / lost (-) with leavers',
                                're-acquisition saved (+) / paid (-)'],
                     'other_axes': [],
                     'texts': [],
                     'ticks': ['status quo',
                               'cheap',
                               '−12',
                               '−10',
                               '−8',
                               '−6',
                               '−4',
                               '−2',
                               '0',
                               '2',
                               '4',
                               '6'],
                     'title': 'Pay twice: the saving, then the customers it loses',
                     'xlabel': '',
                     'ylabel': 'per customer and year vs baseline'},
 'portfolio_matrix': {'legend': [],
                      'other_axes': [],
                      'texts': ['maintain\n1 customers',
                                'develop\n0 customers',
                                'develop\n0 customers',
                                'defend\n0 customers',
                                'selectively maintain\n0 customers',
                                'reduce\n0 customers',
                                'reduce\n0 customers',
                                'reduce\n1 customers',
                                'exit\n1 customers'],
                      'ticks': ['low', 'medium', 'high', 'low', 'medium', 'high'],
                      'title': 'Portfolio: attractiveness × relationship',
                      'xlabel': 'relationship state',
                      'ylabel': 'customer attractiveness'},
 'pyramid_chart': {'legend': [],
                   'other_axes': [],
                   'texts': ['MVC: 2', 'MGC: 3', 'maintain: 10', 'below-zero: 1'],
                   'ticks': [],
                   'title': 'Customer pyramid',
                   'xlabel': 'bar width = number of customers',
                   'ylabel': ''},
 'rfm_heatmap': {'legend': [],
                 'other_axes': [['', '', 'mean monetary value']],
                 'texts': ['100', '20', '5'],
                 'ticks': ['1', '2', '3', '4', '5', '5', '4', '3', '2', '1'],
                 'title': 'RFM: mean monetary value',
                 'xlabel': 'F score (frequency, 5 = most purchases)',
                 'ylabel': 'R score (recency, 5 = most recent)'},
 'roi_curve': {'legend': [],
               'other_axes': [],
               'texts': ['best: top 30%'],
               'ticks': ['5',
                         '10',
                         '15',
                         '20',
                         '25',
                         '30',
                         '35',
                         '40',
                         '45',
                         '50',
                         '55',
                         '−50',
                         '0',
                         '50',
                         '100',
                         '150',
                         '200',
                         '250',
                         '300'],
               'title': 'Profit of targeting',
               'xlabel': 'share of the list contacted, best predicted uplift first (%)',
               'ylabel': 'profit per 1,000 customers (currency units)'},
 'rules_chart': {'legend': [],
                 'other_axes': [['', '', 'lift']],
                 'texts': ['iptv → broadband', 'broadband → iptv'],
                 'ticks': ['4',
                           '5',
                           '6',
                           '7',
                           '8',
                           '9',
                           '10',
                           '11',
                           '27.5',
                           '30.0',
                           '32.5',
                           '35.0',
                           '37.5',
                           '40.0',
                           '42.5',
                           '45.0',
                           '47.5',
                           '50.0',
                           '52.5'],
                 'title': 'Which services sell together',
                 'xlabel': 'support (% of customers holding all)',
                 'ylabel': 'confidence (%)'},
 'staffing_curve': {'legend': ['target 80%'],
                    'other_axes': [],
                    'texts': [],
                    'ticks': ['9.75',
                              '10.00',
                              '10.25',
                              '10.50',
                              '10.75',
                              '11.00',
                              '11.25',
                              '11.50',
                              '11.75',
                              '12.00',
                              '12.25',
                              '0',
                              '20',
                              '40',
                              '60',
                              '80',
                              '100',
                              '120'],
                    'title': 'Service level by number of agents (Erlang C)',
                    'xlabel': 'agents on duty',
                    'ylabel': 'calls answered in time (%)'},
 'staffing_economics_chart': {'legend': ['agent cost',
                                         'margin lost (abandoned, late calls)',
                                         'total',
                                         'cheapest total: 14 agents',
                                         'service-level target: 13 agents'],
                              'other_axes': [],
                              'texts': [],
                              'ticks': ['11.75',
                                        '12.00',
                                        '12.25',
                                        '12.50',
                                        '12.75',
                                        '13.00',
                                        '13.25',
                                        '13.50',
                                        '13.75',
                                        '14.00',
                                        '14.25',
                                        '0',
                                        '2',
                                        '4',
                                        '6',
                                        '8',
                                        '10',
                                        '12',
                                        '14',
                                        '16',
                                        '18',
                                        '20'],
                              'title': 'Agents cost money; so do callers who give up',
                              'xlabel': 'agents on duty',
                              'ylabel': 'cost per interval (currency units)'},
 'survival_curve': {'legend': ['observed', 'shifted-beta-geometric'],
                    'other_axes': [],
                    'texts': [],
                    'ticks': ['−1',
                              '0',
                              '1',
                              '2',
                              '3',
                              '4',
                              '5',
                              '6',
                              '0',
                              '20',
                              '40',
                              '60',
                              '80',
                              '100',
                              '120'],
                    'title': 'Survival of a cohort',
                    'xlabel': 'periods since joining',
                    'ylabel': 'still active (%)'},
 'survival_curve_month': {'legend': ['observed'],
                          'other_axes': [],
                          'texts': [],
                          'ticks': ['−1',
                                    '0',
                                    '1',
                                    '2',
                                    '3',
                                    '4',
                                    '5',
                                    '6',
                                    '0',
                                    '20',
                                    '40',
                                    '60',
                                    '80',
                                    '100',
                                    '120'],
                          'title': 'Survival of a cohort',
                          'xlabel': 'months since joining',
                          'ylabel': 'still active (%)'},
 'survival_curve_year': {'legend': ['observed', 'shifted-beta-geometric'],
                         'other_axes': [],
                         'texts': [],
                         'ticks': ['−1',
                                   '0',
                                   '1',
                                   '2',
                                   '3',
                                   '4',
                                   '5',
                                   '6',
                                   '0',
                                   '20',
                                   '40',
                                   '60',
                                   '80',
                                   '100',
                                   '120'],
                         'title': 'Survival of a cohort',
                         'xlabel': 'years since joining',
                         'ylabel': 'still active (%)'},
 'timing_chart': {'legend': [],
                  'other_axes': [],
                  'texts': [' 3.0%', ' 30.0%', ' 100.0%'],
                  'ticks': ['0',
                            '20',
                            '40',
                            '60',
                            '80',
                            '100',
                            '120',
                            'new customer',
                            'timely',
                            'periodic'],
                  'title': 'When to talk: periodic, timely, moments of truth',
                  'xlabel': 'active customers (%)',
                  'ylabel': ''},
 'tornado_chart': {'legend': ['assumption 20 % lower', 'assumption 20 % higher'],
                   'other_axes': [],
                   'texts': [],
                   'ticks': ['75',
                             '80',
                             '85',
                             '90',
                             '95',
                             '100',
                             '105',
                             '110',
                             '115',
                             '120',
                             '125',
                             'upfront cost',
                             'churn reduction'],
                   'title': 'Sensitivity of the NPV',
                   'xlabel': 'NPV (currency units)',
                   'ylabel': 'assumption'},
 'uplift_curve': {'legend': ['targeted by predicted uplift', 'targeted at random'],
                  'other_axes': [],
                  'texts': [],
                  'ticks': ['−20',
                            '0',
                            '20',
                            '40',
                            '60',
                            '80',
                            '100',
                            '120',
                            '−5',
                            '0',
                            '5',
                            '10',
                            '15',
                            '20',
                            '25',
                            '30',
                            '35',
                            '40',
                            '45'],
                  'title': 'Qini curve: responders the campaign caused',
                  'xlabel': 'share of the list contacted (%)',
                  'ylabel': 'incremental responders'}}


CHINESE = r"[\u4e00-\u9fff]"


def _has_chinese(text: str) -> bool:
    return bool(pd.Series([text]).str.contains(CHINESE).iloc[0])


def test_every_chart_is_covered():
    public = {name for name, obj in vars(plot).items() if callable(obj) and not name.startswith("_")
              and getattr(obj, "__module__", "") == "crmlab.plot"}
    assert public <= set(charts()) and set(charts()) == set(ENGLISH)


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_english_charts_are_unchanged(name):
    ax = charts()[name]()
    assert texts(ax) == ENGLISH[name]
    plt.close("all")


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_chinese_charts(name):
    crmlab.set_language("zh")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "Glyph missing"
        ax = charts()[name]()
        ax.figure.canvas.draw()
    shown = texts(ax)
    words = [shown["title"], shown["xlabel"], shown["ylabel"], *shown["legend"],
             *[label for axis in shown["other_axes"] for label in axis]]
    words = [w for w in words if w]
    assert words and all(_has_chinese(w) for w in words), words
    english = ENGLISH[name]
    # the words a chart writes on itself follow too, when they are words
    for mine, before in zip(shown["texts"], english["texts"]):
        if any(c.isalpha() for c in before) and name != "crm_architecture":
            assert _has_chinese(mine), (mine, before)
    plt.close("all")


def test_labels_table_is_complete_and_chinese():
    for key, (english, chinese) in LABELS.items():
        assert english and _has_chinese(chinese), key
        # the same placeholders in both languages
        import string

        fields = {f for _, f, _, _ in string.Formatter().parse(english) if f}
        assert fields == {f for _, f, _, _ in string.Formatter().parse(chinese) if f}, key
    assert label("clv_title") == "Customer lifetime value"
    crmlab.set_language("zh")
    assert label("clv_title") == "客户终身价值 / 客户生命周期价值"
    assert label("pareto_title").startswith("帕雷托曲线")
    assert label("cum_value_share") == "累计收入占比 (%)"
    with pytest.raises(KeyError, match="no label"):
        label("no such label")
    assert label("no such label", default="x") == "x"


def test_translate_labels_for_display_only():
    customers = load_telecom().customers.head(50)
    assert translate_labels(customers).equals(customers)
    crmlab.set_language("zh")
    shown = translate_labels(customers)
    assert set(shown["contract"].astype(str)) <= {"按月合约", "一年合约", "两年合约"}
    assert set(shown["customer_type"].astype(str)) <= {"个人客户", "企业客户"}
    assert shown["lines"].equals(customers["lines"])
    assert customers["contract"].iloc[0] in ("month-to-month", "one-year", "two-year")  # unchanged
    from crmlab.identify import STAGES, STAGES_ZH

    stages = pd.Series([3, 4], index=STAGES[:2])
    assert translate_labels(stages).index.tolist() == [STAGES_ZH[s] for s in STAGES[:2]]
    assert category_label("unknown thing") == "unknown thing"
    with pytest.raises(TypeError, match="translate_labels"):
        translate_labels([1, 2])


def test_data_dictionary_follows_the_language(tmp_path):
    from crmlab.datasets import DATASETS, data_dictionary

    english = data_dictionary()
    assert english == (DATASETS / "README.md").read_text(encoding="utf-8")
    crmlab.set_language("zh")
    chinese = data_dictionary()
    assert chinese.startswith("# 数据集") and "### `customers` — 客户主数据：每个账户一行" in chinese
    assert "| 账单金额 | amount | float | 货币单位 |" in chinese
    assert "| 客户终身价值 | customer lifetime value (CLV) | 客户在整个关系中" in chinese
    assert "（英文）" not in chinese  # meanings and definitions are Chinese: no "(in English)" header
    assert chinese.count("\n") == english.count("\n")  # the same rows, table by table
    # every row of every table (columns and key terms) explains itself in Chinese
    rows = [line for line in chinese.splitlines()
            if line.startswith("| ") and not line.startswith("| 中文 |")]
    assert len(rows) > 100
    for row in rows:
        meaning = row.strip("| ").split(" | ")[-1]
        assert _has_chinese(meaning), row
    for heading in [line for line in chinese.splitlines() if line.startswith("### ")]:
        note = heading.split(" — ")[1]
        assert _has_chinese(note) and not re.search("[a-z]{3}", note), heading


def test_every_term_has_a_chinese_definition_in_the_course_words():
    from crmlab.glossary import TERMS, glossary, glossary_markdown, term

    table = glossary()
    assert len(table) >= 120  # issue 17, item 5
    assert all(len(entry) == 5 for entry in TERMS)
    assert list(table.columns) == ["english", "chinese", "chapter", "definition", "definition_zh"]
    for row in table.itertuples():
        assert _has_chinese(row.chinese) and _has_chinese(row.definition_zh), row.english
        assert len(row.definition_zh) >= 8 and row.definition_zh != row.definition, row.english
    assert table["definition_zh"].is_unique
    page = glossary_markdown()
    assert "| English | 中文 | meaning | 释义 |" in page
    assert all(row.definition_zh in page for row in table.itertuples())
    # the course's own words (COURSE.md)
    words = " ".join(table["chinese"]) + " ".join(table["definition_zh"])
    assert "贴现" not in words and term("discount rate")["chinese"] == "折现率"
    clv = term("customer lifetime value (CLV)")
    assert clv["chinese"] == "客户终身价值" and "客户生命周期价值" in clv["definition_zh"]
    chapter02 = glossary("02")["english"].tolist()
    clv_row = chapter02.index("customer lifetime value (CLV)")
    assert chapter02[clv_row + 1] == "customer lifecycle value"  # the two names side by side
    pyramid = {"most valuable customers (MVC)": "贵宾型", "most growable customers (MGC)": "改进型",
               "maintain customers": "维持型", "below-zero customers": "放弃型"}
    assert all(term(english)["chinese"].startswith(chinese) for english, chinese in pyramid.items())
    strategies = term("portfolio strategy")["definition_zh"]
    assert all(name in strategies for name in ("发展", "保持", "选择性保持", "防御", "少量保持", "退出"))
    assert term("identify customers")["chinese"] == "识别客户"
    assert term("identity resolution")["chinese"] == "客户身份识别"
    assert term("identification process")["chinese"] == "客户识别过程"


def test_exercise_questions_and_hints_follow_the_switch(capsys, monkeypatch):
    from crmlab.exercises import _messages, hint, question

    english, asked = hint("00.1"), question("00.2")
    monkeypatch.setitem(_messages.EXERCISE_TEXTS, "00.1", {"hint": "每位客户是一行。"})
    assert hint("00.1") == english  # English until the switch
    crmlab.set_language("zh")
    assert hint("00.1") == "每位客户是一行。"
    if "00.2" not in _messages.EXERCISE_TEXTS:
        assert question("00.2") == asked  # no Chinese text yet: the English one
    exercises.start(0, quiet=True)
    exercises.check("00.1", -1)
    out = capsys.readouterr().out
    assert "提示：每位客户是一行。" in out


def test_chapter00_exercises_speak_chinese():
    from crmlab.exercises import _messages, exercise_ids, hint, question

    crmlab.set_language("zh")
    ids = [i for i in exercise_ids() if i.startswith("00.")]
    assert set(ids) <= set(_messages.EXERCISE_TEXTS)
    for exercise_id in ids:
        assert _has_chinese(question(exercise_id)) and _has_chinese(hint(exercise_id))
        assert _has_chinese(hint(exercise_id, 2))


def test_zh_world_of_a_student_seed_has_the_same_numbers():
    crmlab.set_language("zh")
    chinese = exercises.start(3, quiet=True)
    crmlab.set_language("en")
    english = exercises.start(3, quiet=True)
    assert chinese.customers["name"].str.contains(CHINESE).all()
    pd.testing.assert_frame_equal(chinese.bills, english.bills)
    assert chinese.customers["contract"].equals(english.customers["contract"])


def test_chapters_01_to_06_exercises_speak_chinese():
    from crmlab.exercises import _messages, exercise_ids, hint, question
    from crmlab.exercises._check import REGISTRY

    crmlab.set_language("zh")
    ids = [i for i in exercise_ids() if i[:2] in {"01", "02", "03", "04", "05", "06"}]
    assert ids and set(ids) <= set(_messages.EXERCISE_TEXTS)
    for exercise_id in ids:
        texts = _messages.EXERCISE_TEXTS[exercise_id]
        assert _has_chinese(texts["question"]) and _has_chinese(texts["hint"]), exercise_id
        assert _has_chinese(question(exercise_id)) and _has_chinese(hint(exercise_id)), exercise_id
        if REGISTRY[exercise_id].method:
            assert _has_chinese(texts["method"]) and _has_chinese(hint(exercise_id, 2)), exercise_id
