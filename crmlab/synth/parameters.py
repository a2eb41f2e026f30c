"""Every parameter of the simulated telecom operator, with its unit and where the figure comes from.

This module is the one place where the simulator's numbers live. ``generate_telecom`` reads
nothing else, the data dictionary (``datasets/README.md``) is written from it and
``parameter_table()`` shows it as a DataFrame in the notebooks.

Sources quoted below (public figures, checked when the kit was written):

* IBM Telco customer churn sample (7,043 customers): contract mix month-to-month 55 % /
  one-year 21 % / two-year 24 %; churn over its window 42.7 % / 11.3 % / 2.8 % by contract;
  monthly charges 18-119 (median 70); tenure 0-72 months.
* Monthly churn of large US carriers: postpaid 0.8-1.8 %, prepaid 3-6 %.
* One study of a mobile operator: 17 % of accounts bring 60 % of revenue.
* Contact centres: first-contact resolution 67-70 % on average, 80 % world class.
* Telecom Net Promoter Scores between about -3 and +24.
* Direct-mail response of existing customers about 3-4 %.
* Fader & Hardie (2007) shifted-beta-geometric; Fader, Hardie & Lee (2005) BG/NBD;
  Fader, Hardie & Lee (2005) Gamma-Gamma spend model (their CDNOW estimates set the scale of
  heterogeneity used here: r = 0.24, alpha = 4.41, a = 0.79, b = 2.43 per week).
"""

from __future__ import annotations

#: First month of the observation window. Fixed, never "today", so the data never moves.
WINDOW_START = "2024-01-01"

#: Accepted locales for identities (names, phones, cities).
LOCALES = ("en_US", "zh_CN")

# ---------------------------------------------------------------------------------------------
# Segments: the latent customer types. Shares are of all customers and sum to 1.
# churn_multiplier scales the contract's mean monthly churn (see CONTRACTS); churn_concentration
# is alpha + beta of the segment's Beta distribution of monthly churn probability theta (smaller =
# more heterogeneous customers, so the retention rate of a cohort rises with tenure: the sBG lesson).
# ---------------------------------------------------------------------------------------------
SEGMENTS: dict[str, dict] = {
    "budget": dict(
        label_zh="价格敏感型", customer_type="consumer", share=0.27,
        contract_mix=(0.70, 0.15, 0.15), plan_mix={"P01": 0.45, "P02": 0.30, "P03": 0.25},
        churn_multiplier=1.35, churn_concentration=20.0,
        extra_charges=4.0, complaint_rate=0.012, contact_rate=0.22, late_payment_beta=(1.5, 12.0),
        topup=dict(r=1.2, alpha=2.0, a=1.0, b=5.0), spend=dict(p=4.0, q=4.0, gamma=12.0),
        uplift_base=0.03, response_base=0.015,
    ),
    "family": dict(
        label_zh="家庭型", customer_type="consumer", share=0.24,
        contract_mix=(0.40, 0.25, 0.35), plan_mix={"P03": 0.20, "P04": 0.30, "P05": 0.50},
        churn_multiplier=0.80, churn_concentration=25.0,
        extra_charges=6.0, complaint_rate=0.010, contact_rate=0.25, late_payment_beta=(1.0, 20.0),
        topup=dict(r=1.5, alpha=2.5, a=1.0, b=8.0), spend=dict(p=5.0, q=5.0, gamma=60.0),
        uplift_base=0.05, response_base=0.025,
    ),
    "digital": dict(
        label_zh="数字活跃型", customer_type="consumer", share=0.24,
        contract_mix=(0.65, 0.20, 0.15), plan_mix={"P03": 0.25, "P04": 0.35, "P06": 0.40},
        churn_multiplier=1.15, churn_concentration=20.0,
        extra_charges=8.0, complaint_rate=0.009, contact_rate=0.20, late_payment_beta=(1.0, 18.0),
        topup=dict(r=3.0, alpha=2.0, a=1.0, b=10.0), spend=dict(p=4.0, q=5.0, gamma=50.0),
        uplift_base=0.08, response_base=0.030,
    ),
    "premium": dict(
        label_zh="高端型", customer_type="consumer", share=0.10,
        contract_mix=(0.35, 0.25, 0.40), plan_mix={"P05": 0.25, "P06": 0.35, "P07": 0.40},
        churn_multiplier=0.70, churn_concentration=30.0,
        extra_charges=15.0, complaint_rate=0.008, contact_rate=0.25, late_payment_beta=(1.0, 40.0),
        topup=dict(r=2.0, alpha=2.0, a=1.0, b=12.0), spend=dict(p=5.0, q=6.0, gamma=250.0),
        uplift_base=0.02, response_base=0.040,
    ),
    "voice": dict(
        label_zh="传统语音型", customer_type="consumer", share=0.09,
        contract_mix=(0.50, 0.25, 0.25), plan_mix={"P01": 0.30, "P02": 0.60, "P03": 0.10},
        churn_multiplier=0.90, churn_concentration=30.0,
        extra_charges=3.0, complaint_rate=0.010, contact_rate=0.30, late_payment_beta=(1.0, 25.0),
        topup=dict(r=0.8, alpha=3.0, a=1.0, b=4.0), spend=dict(p=4.0, q=4.0, gamma=15.0),
        uplift_base=0.01, response_base=0.010,
    ),
    "small_business": dict(
        label_zh="小微企业", customer_type="business", share=0.045,
        contract_mix=(0.30, 0.40, 0.30), plan_mix={"B01": 0.55, "B02": 0.40, "B03": 0.05},
        churn_multiplier=0.80, churn_concentration=25.0,
        extra_charges=5.0, complaint_rate=0.020, contact_rate=0.45, late_payment_beta=(1.5, 10.0),
        topup=dict(r=2.0, alpha=2.0, a=1.0, b=8.0), spend=dict(p=5.0, q=5.0, gamma=150.0),
        uplift_base=0.04, response_base=0.020,
    ),
    "key_account": dict(
        label_zh="集团大客户", customer_type="business", share=0.015,
        contract_mix=(0.05, 0.35, 0.60), plan_mix={"B01": 0.10, "B02": 0.50, "B03": 0.40},
        churn_multiplier=0.60, churn_concentration=40.0,
        extra_charges=6.0, complaint_rate=0.030, contact_rate=0.80, late_payment_beta=(1.0, 30.0),
        topup=dict(r=4.0, alpha=2.0, a=1.0, b=15.0), spend=dict(p=5.0, q=6.0, gamma=1500.0),
        uplift_base=0.02, response_base=0.030,
    ),
}

#: Contract types, their order in ``contract_mix`` and the mean monthly churn probability of a
#: customer with churn_multiplier 1. Calibrated so that churn over a 24-month window falls in the
#: order of the IBM Telco sample (42.7 % / 11.3 % / 2.8 %) and the postpaid monthly range.
CONTRACTS: dict[str, float] = {"month-to-month": 0.045, "one-year": 0.011, "two-year": 0.0028}

#: Lines (SIM cards) per account: 1 for consumers; log-normal for business accounts.
BUSINESS_LINES = {
    "small_business": dict(median=4.0, sigma=0.6, low=2, high=40),
    "key_account": dict(median=45.0, sigma=0.9, low=15, high=3000),
}

#: Tariff plans (monthly_fee per line, in currency units; allowances per line).
PLANS = [
    # plan_id, name, monthly_fee, data_gb, voice_minutes, kind, tier
    ("P01", "Lite 2GB", 19.0, 2.0, 100, "consumer", "entry"),
    ("P02", "Talk 500", 29.0, 3.0, 500, "consumer", "entry"),
    ("P03", "Smart 10GB", 45.0, 10.0, 500, "consumer", "mid"),
    ("P04", "Smart 25GB", 59.0, 25.0, 1000, "consumer", "mid"),
    ("P05", "Family Share 60GB", 89.0, 60.0, 3000, "consumer", "premium"),
    ("P06", "Unlimited", 79.0, 100.0, 5000, "consumer", "premium"),
    ("P07", "Unlimited Plus", 109.0, 200.0, 10000, "consumer", "premium"),
    ("B01", "Business Basic", 35.0, 10.0, 1000, "business", "entry"),
    ("B02", "Business Pro", 55.0, 40.0, 3000, "business", "mid"),
    ("B03", "Enterprise", 75.0, 100.0, 10000, "business", "premium"),
]

#: Competitive price erosion: list prices fall by this share every month (the case's falling ARPU).
PRICE_EROSION_PER_MONTH = 0.005

#: Gross margin on service revenue (bills) and on one-off purchases (top-ups, devices, add-ons).
MARGIN_SERVICE = 0.60
MARGIN_TOPUP = 0.30

#: Horizon and discount rate of the true expected CLV in ``truth.expected_clv``.
CLV_HORIZON_MONTHS = 36
CLV_ANNUAL_DISCOUNT_RATE = 0.10

#: Share of customers that joined during the window (the rest were active at its start, with
#: tenure up to ``MAX_TENURE_MONTHS``, drawn as a stationary base would have it).
NEW_CUSTOMER_SHARE = 0.25
MAX_TENURE_MONTHS = 72

#: Value-added services (for cross-sell). ``base`` is the yearly chance to take it up for a
#: customer in no bundle; ``affinity`` multiplies that chance when the customer holds the named
#: service (planted bundles, for association rules); ``segments`` multiplies by segment.
SERVICES: dict[str, dict] = {
    "broadband": dict(label_zh="宽带", monthly_fee=30.0, base=0.10, affinity={},
                      segments={"family": 4.0, "premium": 2.0, "small_business": 2.5,
                                "key_account": 3.0, "budget": 0.6}),
    "iptv": dict(label_zh="IPTV电视", monthly_fee=15.0, base=0.02, affinity={"broadband": 9.0},
                 segments={"family": 2.5, "premium": 1.5, "key_account": 0.1,
                           "small_business": 0.2}),
    "cloud_storage": dict(label_zh="云存储", monthly_fee=5.0, base=0.05, affinity={},
                          segments={"digital": 3.0, "premium": 2.0, "small_business": 3.0,
                                    "key_account": 5.0, "voice": 0.2}),
    "device_insurance": dict(label_zh="手机保险", monthly_fee=8.0, base=0.04,
                             affinity={"cloud_storage": 2.0},
                             segments={"premium": 5.0, "digital": 1.5, "budget": 0.5}),
    "roaming_pack": dict(label_zh="国际漫游包", monthly_fee=10.0, base=0.03,
                         affinity={"device_insurance": 2.0},
                         segments={"premium": 4.0, "key_account": 6.0, "small_business": 2.0}),
    "music_streaming": dict(label_zh="音乐会员", monthly_fee=6.0, base=0.04,
                            affinity={"iptv": 2.5, "cloud_storage": 1.5},
                            segments={"digital": 3.5, "family": 1.5, "voice": 0.1}),
}

#: Chance per month that a customer cancels a value-added service they hold.
SERVICE_CANCEL_PER_MONTH = 0.012

#: Top-up / one-off products, by the amount of the purchase (upper bound of the band).
TOPUP_PRODUCTS = [
    (12.0, "data top-up"),
    (25.0, "voice & SMS pack"),
    (60.0, "streaming add-on"),
    (150.0, "accessory"),
    (float("inf"), "device"),
]

#: Complaints. A complaint raises the monthly churn probability for the month it is opened and the
#: two after it: multiplied by ``churn_multiplier_good`` when handled well, ``..._poor`` when not.
COMPLAINTS = dict(
    share_handled_well=0.65,
    churn_multiplier_good=1.3,
    churn_multiplier_poor=5.0,
    months_of_effect=3,
    categories={"billing": 0.32, "network quality": 0.28, "service attitude": 0.12,
                "product & tariff": 0.18, "device": 0.10},
    severity={"low": 0.55, "medium": 0.33, "high": 0.12},
    reopen_prob_good=0.03, reopen_prob_poor=0.30,
    followup_prob_good=0.95, followup_prob_poor=0.25,
    remedy_mean_days_good=1.6, remedy_mean_days_poor=9.0,  # x (1 + severity level 0/1/2)
    compensation_by_severity=(10.0, 30.0, 80.0), compensation_prob_good=0.6,
    compensation_prob_poor=0.25,
    nps_penalty_good=0.5, nps_penalty_poor=3.0,  # NPS points lost for three months
)

#: Channels of the contact centre and their share of ordinary contacts, median handling time (s),
#: first-contact resolution and the chance that a CSAT survey follows the contact.
CHANNELS: dict[str, dict] = {
    "phone": dict(label_zh="电话", share=0.33, median_s=330.0, fcr=0.74, csat_rate=0.25),
    "IVR": dict(label_zh="自动语音", share=0.14, median_s=95.0, fcr=0.60, csat_rate=0.10),
    "app": dict(label_zh="手机App", share=0.20, median_s=160.0, fcr=0.78, csat_rate=0.15),
    "web": dict(label_zh="网站", share=0.12, median_s=240.0, fcr=0.72, csat_rate=0.15),
    "store": dict(label_zh="营业厅", share=0.08, median_s=720.0, fcr=0.84, csat_rate=0.30),
    "e-mail": dict(label_zh="电子邮件", share=0.05, median_s=420.0, fcr=0.58, csat_rate=0.10),
    "social/WeChat": dict(label_zh="微信/社交媒体", share=0.08, median_s=200.0, fcr=0.66,
                          csat_rate=0.12),
}

#: When and where customers get in touch: each segment's preference over the average channel mix,
#: weekday weights (Monday first) and hour-of-day profiles of office-hours and always-on channels.
CHANNEL_PREFERENCE = {
    "digital": {"app": 2.0, "social/WeChat": 2.0, "store": 0.5, "phone": 0.7},
    "voice": {"phone": 1.8, "store": 1.8, "app": 0.3, "social/WeChat": 0.3, "web": 0.5},
    "premium": {"phone": 1.3, "app": 1.2},
    "small_business": {"e-mail": 3.0, "phone": 1.3},
    "key_account": {"e-mail": 4.0, "phone": 1.5, "IVR": 0.3},
}
WEEKDAY_WEIGHT = (1.15, 1.05, 1.0, 1.0, 1.05, 0.8, 0.55)
HOURS_OFFICE = (0, 0, 0, 0, 0, 0, 0, 0.3, 1.0, 1.8, 2.2, 2.0, 1.3, 1.6, 2.0, 1.9, 1.7, 1.3, 0.9,
                0.6, 0.3, 0, 0, 0)
HOURS_ONLINE = (0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 0.9, 1.1, 1.2, 1.2, 1.3, 1.2, 1.1, 1.1,
                1.1, 1.2, 1.4, 1.7, 1.9, 1.8, 1.2, 0.6)
#: Share of leavers who call or visit to cancel; share of complaints made by phone.
CANCELLATION_CONTACT_SHARE = 0.75
COMPLAINTS_BY_PHONE = 0.6

#: Contact reasons of ordinary contacts (complaints and cancellations are added from events).
CONTACT_REASONS = {"billing question": 0.26, "technical fault": 0.20, "plan change": 0.14,
                   "roaming": 0.06, "device": 0.10, "information": 0.18, "payment": 0.06}

#: Phone queue: callers' mean patience (s); waits grow with the hour's load.
PHONE_QUEUE = dict(mean_patience_s=240.0, mean_wait_s_quiet=15.0, mean_wait_s_peak=45.0)

#: Surveys: share of active customers asked each quarter; NPS target between -3 and +24.
SURVEYS = dict(quarterly_sample=0.08, nps_centre=7.6, nps_spread=1.9)

#: The planted uplift (truth.uplift): segment's uplift_base x an age factor (interpolated between
#: the ages given) x a tenure factor; customers with payment trouble and long tenure are
#: "sleeping dogs" whom a contact nudges away.
UPLIFT = dict(age_years=(18, 35, 55, 80), age_factor=(1.8, 1.4, 0.7, 0.3),
              tenure_months=(12, 36), tenure_factor=(1.5, 1.0, 0.6),
              sleeping_dog_late_share=0.15, sleeping_dog_tenure=24, sleeping_dog_uplift=-0.04)

#: Campaigns: randomised, half treated. ``uplift_scale`` multiplies the customer's planted uplift
#: (truth.uplift is the uplift of the scale-1 campaign C01 in response probability).
CAMPAIGNS = [
    dict(campaign_id="C01", name="Broadband bundle offer", kind="cross-sell", offer="broadband",
         month=14, channel="phone", cost_per_contact=2.5, eligible_share=1.0, uplift_scale=1.0,
         revenue_per_response=90.0),
    dict(campaign_id="C02", name="Upgrade to Unlimited", kind="up-sell", offer="P06",
         month=18, channel="app", cost_per_contact=0.4, eligible_share=0.5, uplift_scale=0.7,
         revenue_per_response=60.0),
    dict(campaign_id="C03", name="Loyalty retention call", kind="retention", offer="loyalty discount",
         month=20, channel="phone", cost_per_contact=3.0, eligible_share=0.3, uplift_scale=0.5,
         revenue_per_response=150.0, churn_factor=0.5),
]

#: Dirty CRM extract: sources other than billing, the chance that a customer appears in each,
#: and the chance of each kind of damage to a field.
CRM_RAW = dict(
    sources={"store_pos": 0.35, "web_signup": 0.30, "call_center": 0.25, "campaign_list": 0.15},
    name_typo=0.08, name_case=0.25, phone_reformat=0.7, phone_missing=0.06, email_missing=0.15,
    email_case=0.25, city_variant=0.35, birth_missing=0.25,
    phone_other_customer=0.03,  # a family member's or mistyped number that belongs to someone else
    phone_new=0.04,  # a number the customer has since changed to (nobody else has it)
    email_typo=0.03,  # one letter of the address lost
)


def parameter_table():
    """All scalar parameters as a DataFrame: name, value, unit, source.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> table = parameter_table()
    >>> table.loc[table["name"] == "MARGIN_SERVICE", "value"].item()
    '0.6'
    """
    import pandas as pd

    rows = [
        ("WINDOW_START", WINDOW_START, "date", "fixed start of the 24-month window"),
        ("CONTRACTS[month-to-month]", CONTRACTS["month-to-month"], "per month",
         "IBM Telco 24-month churn 42.7 %; prepaid/postpaid 0.8-6 % a month"),
        ("CONTRACTS[one-year]", CONTRACTS["one-year"], "per month", "IBM Telco churn 11.3 %"),
        ("CONTRACTS[two-year]", CONTRACTS["two-year"], "per month", "IBM Telco churn 2.8 %"),
        ("PRICE_EROSION_PER_MONTH", PRICE_EROSION_PER_MONTH, "share", "falling ARPU (course case)"),
        ("MARGIN_SERVICE", MARGIN_SERVICE, "share of revenue", "typical telecom service margin"),
        ("MARGIN_TOPUP", MARGIN_TOPUP, "share of revenue", "devices and add-ons, lower margin"),
        ("CLV_HORIZON_MONTHS", CLV_HORIZON_MONTHS, "months", "horizon of truth.expected_clv"),
        ("CLV_ANNUAL_DISCOUNT_RATE", CLV_ANNUAL_DISCOUNT_RATE, "per year",
         "discount rate of truth.expected_clv"),
        ("NEW_CUSTOMER_SHARE", NEW_CUSTOMER_SHARE, "share", "joined during the window"),
        ("MAX_TENURE_MONTHS", MAX_TENURE_MONTHS, "months", "IBM Telco tenure 0-72"),
        ("SERVICE_CANCEL_PER_MONTH", SERVICE_CANCEL_PER_MONTH, "per month", "planted"),
        ("CANCELLATION_CONTACT_SHARE", CANCELLATION_CONTACT_SHARE, "share", "planted"),
        ("COMPLAINTS_BY_PHONE", COMPLAINTS_BY_PHONE, "share", "planted"),
    ]
    for key, value in UPLIFT.items():
        rows.append((f"UPLIFT[{key}]", value, "", "planted campaign uplift"))
    for key, value in COMPLAINTS.items():
        if not isinstance(value, dict):
            rows.append((f"COMPLAINTS[{key}]", value, "", "planted complaint effect"))
    for key, value in SURVEYS.items():
        rows.append((f"SURVEYS[{key}]", value, "", "telecom NPS -3 to +24"))
    for name, seg in SEGMENTS.items():
        for key in ("share", "churn_multiplier", "churn_concentration", "complaint_rate",
                    "contact_rate", "extra_charges", "uplift_base", "response_base"):
            rows.append((f"SEGMENTS[{name}][{key}]", seg[key], "", "planted segment behaviour"))
        for key, value in seg["topup"].items():
            rows.append((f"SEGMENTS[{name}][topup][{key}]", value, "per month",
                         "BG/NBD (Fader, Hardie & Lee 2005)"))
        for key, value in seg["spend"].items():
            rows.append((f"SEGMENTS[{name}][spend][{key}]", value, "", "Gamma-Gamma spend"))
    for name, ch in CHANNELS.items():
        for key in ("share", "median_s", "fcr", "csat_rate"):
            rows.append((f"CHANNELS[{name}][{key}]", ch[key], "",
                         "FCR 67-70 % average, 80 % world class"))
    table = pd.DataFrame(rows, columns=["name", "value", "unit", "source"])
    table["value"] = table["value"].astype(str)
    return table
