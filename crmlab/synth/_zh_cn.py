"""The zh_CN world: Chinese names, provinces and cities, China Telecom numbers, addresses, companies.

Locale changes words, never numbers. :func:`localize` takes the identities drawn for en_US (whose
random draws also fix every behavioural quantity: gender, birth date, industry, acquisition
channel, payment method) and rewrites only the words — name, phone, e-mail, address, city,
province and company — from its own random generator. The en_US stream is consumed exactly as
before, so the same seed gives the same numbers in both locales.

>>> rng = np.random.default_rng(0)
>>> numbers = telecom_numbers(rng, 3)
>>> bool(np.all(np.isin(numbers // 10**8, TELECOM_PREFIXES)))
True
"""

from __future__ import annotations

import numpy as np
import pandas as pd

# Provinces (short name | official name | population 2020 census, millions | cities), each city
# "name:population in millions:districts" — real cities and real districts of each. Customers
# are drawn by province population, then by city population within the province.
_PROVINCES = """
北京|北京市|21.9|北京:21.9:朝阳,海淀,丰台,西城,东城
天津|天津市|13.9|天津:13.9:和平,南开,河西,滨海新
上海|上海市|24.9|上海:24.9:浦东新,徐汇,静安,黄浦,闵行
重庆|重庆市|32.1|重庆:32.1:渝中,江北,南岸,沙坪坝,九龙坡
河北|河北省|74.6|石家庄:11.2:长安,桥西,裕华;唐山:7.7:路北,路南;保定:11.5:竞秀,莲池;邯郸:9.4:丛台,邯山
山西|山西省|34.9|太原:5.3:小店,迎泽,杏花岭;大同:3.1:平城,云冈;长治:3.2:潞州,上党
内蒙古|内蒙古自治区|24.0|呼和浩特:3.4:新城,赛罕,回民;包头:2.7:昆都仑,青山;鄂尔多斯:2.2:东胜,康巴什
辽宁|辽宁省|42.6|沈阳:9.1:和平,沈河,皇姑,铁西;大连:7.5:中山,沙河口,甘井子;鞍山:3.3:铁东,立山
吉林|吉林省|24.1|长春:9.1:朝阳,南关,绿园;吉林:3.6:船营,昌邑,丰满
黑龙江|黑龙江省|31.9|哈尔滨:10.0:南岗,道里,香坊;齐齐哈尔:4.1:龙沙,建华;大庆:2.8:萨尔图,让胡路
江苏|江苏省|84.7|南京:9.3:鼓楼,玄武,建邺,秦淮;苏州:12.7:姑苏,吴中,虎丘;无锡:7.5:梁溪,滨湖,新吴;徐州:9.1:云龙,泉山,鼓楼
浙江|浙江省|64.6|杭州:11.9:西湖,上城,拱墅,滨江;宁波:9.4:海曙,鄞州,江北;温州:9.6:鹿城,瓯海,龙湾;金华:7.1:婺城,金东
安徽|安徽省|61.0|合肥:9.4:蜀山,包河,庐阳;阜阳:8.2:颍州,颍东;芜湖:3.6:镜湖,鸠江
福建|福建省|41.5|福州:8.3:鼓楼,台江,仓山;厦门:5.2:思明,湖里,集美;泉州:8.8:丰泽,鲤城
江西|江西省|45.2|南昌:6.3:东湖,西湖,青山湖;赣州:9.0:章贡,南康;九江:4.6:浔阳,濂溪
山东|山东省|101.5|济南:9.2:历下,市中,槐荫,历城;青岛:10.1:市南,市北,崂山,黄岛;烟台:7.1:芝罘,莱山;潍坊:9.4:奎文,潍城
河南|河南省|99.4|郑州:12.6:金水,二七,中原,管城;洛阳:7.1:西工,老城,洛龙;南阳:9.7:卧龙,宛城
湖北|湖北省|57.8|武汉:12.3:江汉,武昌,洪山,江岸;襄阳:5.3:襄城,樊城;宜昌:4.0:西陵,伍家岗
湖南|湖南省|66.4|长沙:10.0:芙蓉,天心,岳麓,开福;衡阳:6.6:蒸湘,石鼓;株洲:3.9:天元,芦淞
广东|广东省|126.0|广州:18.7:天河,越秀,海珠,白云;深圳:17.6:南山,福田,罗湖,宝安;佛山:9.5:禅城,南海,顺德;汕头:5.5:金平,龙湖
广西|广西壮族自治区|50.1|南宁:8.7:青秀,兴宁,西乡塘;柳州:4.2:城中,鱼峰;桂林:4.9:秀峰,象山,七星
海南|海南省|10.1|海口:2.9:龙华,美兰,秀英;三亚:1.0:吉阳,天涯
四川|四川省|83.7|成都:20.9:锦江,青羊,武侯,成华;绵阳:4.9:涪城,游仙;南充:5.6:顺庆,高坪
贵州|贵州省|38.6|贵阳:6.0:南明,云岩,观山湖;遵义:6.6:红花岗,汇川
云南|云南省|47.2|昆明:8.5:五华,盘龙,官渡,西山;曲靖:5.8:麒麟,沾益
西藏|西藏自治区|3.6|拉萨:0.9:城关,堆龙德庆;日喀则:0.8:桑珠孜
陕西|陕西省|39.5|西安:13.0:雁塔,碑林,新城,未央;宝鸡:3.3:渭滨,金台;咸阳:4.0:秦都,渭城
甘肃|甘肃省|25.0|兰州:4.4:城关,七里河,安宁;天水:3.0:秦州,麦积
青海|青海省|5.9|西宁:2.5:城东,城西,城中;海东:1.4:乐都,平安
宁夏|宁夏回族自治区|7.2|银川:2.9:兴庆,金凤,西夏;石嘴山:0.8:大武口,惠农
新疆|新疆维吾尔自治区|25.9|乌鲁木齐:4.1:天山,沙依巴克,新市;克拉玛依:0.5:克拉玛依,独山子
"""


def _cities() -> pd.DataFrame:
    rows = []
    for line in _PROVINCES.strip().splitlines():
        short, official, people, cities = line.split("|")
        specs = [c.split(":") for c in cities.split(";")]
        total = sum(float(w) for _, w, _ in specs)
        for city, w, districts in specs:
            rows.append((short, official, city, float(people) * float(w) / total,
                         tuple(d + "区" for d in districts.split(","))))
    return pd.DataFrame(rows, columns=["province", "province_official", "city", "weight",
                                       "districts"])


#: One row per city: province (short and official names), city, weight (people), districts.
CITIES = _cities()
#: China Telecom (中国电信) mobile prefixes.
TELECOM_PREFIXES = np.array([133, 149, 153, 173, 177, 180, 181, 189, 190, 191, 193, 199])
EMAIL_DOMAINS = (("qq.com", 0.38), ("163.com", 0.22), ("126.com", 0.1), ("189.cn", 0.12),
                 ("sina.com", 0.06), ("foxmail.com", 0.07), ("hotmail.com", 0.05))
ROADS = np.array(["中山路", "人民路", "解放路", "建设路", "和平路", "新华路", "长江路", "黄河路",
                  "文化路", "胜利路", "工业路", "青年路", "光明路", "朝阳路", "友谊路", "幸福路",
                  "民主路", "东风路", "红旗路", "学府路", "科技路", "滨江路", "环城路", "迎宾大道",
                  "世纪大道", "花园街", "健康路", "府前街", "新民路", "团结路"])
#: Trade names (字号) of companies.
TRADE_NAMES = np.array([
    "恒达", "华信", "鑫源", "宏远", "金桥", "永泰", "瑞丰", "中天", "东方", "天成", "盛世", "汇通",
    "众诚", "德润", "嘉禾", "明辉", "博远", "锦程", "正邦", "海联", "宝丰", "振华", "远航", "华宇",
    "信达", "通达", "隆兴", "佳和", "昌盛", "万利", "同创", "立信", "安泰", "卓越", "凯旋", "和信",
    "长青", "泰和", "新元", "广源", "聚丰", "创业", "联合", "金鼎", "鸿运", "天润", "顺达", "久安"])
#: For each industry (the en_US category, kept as it is), what a company of it is called.
#: "{place}" is the province or city, "{trade}" the trade name, "{n}" a small number.
COMPANY_FORMS = {
    "manufacturing": ("{place}{trade}机械制造有限公司", "{place}{trade}电子科技有限公司",
                      "{place}{trade}化工有限公司", "{place}{trade}纺织有限公司"),
    "retail": ("{place}{trade}商贸有限公司", "{place}{trade}百货有限公司", "{trade}超市连锁有限公司"),
    "finance": ("{place}{trade}投资管理有限公司", "{trade}融资租赁有限公司", "{place}{trade}资产管理有限公司"),
    "government": ("{city}市交通运输局", "{city}市市场监督管理局", "{city}市住房和城乡建设局",
                   "{city}市人力资源和社会保障局", "{city}市税务局"),
    "education": ("{city}市第{n}中学", "{place}{trade}教育科技有限公司", "{city}职业技术学院"),
    "healthcare": ("{city}市第{n}人民医院", "{place}{trade}医药有限公司", "{city}市中医院"),
    "logistics": ("{place}{trade}物流有限公司", "{trade}供应链管理有限公司", "{place}{trade}货运有限公司"),
    "IT services": ("{place}{trade}信息技术有限公司", "{place}{trade}软件有限公司", "{trade}网络科技有限公司"),
    "hospitality": ("{place}{trade}酒店管理有限公司", "{place}{trade}餐饮管理有限公司", "{city}{trade}大酒店"),
    "construction": ("{place}{trade}建设工程有限公司", "{place}{trade}建筑工程有限公司", "{trade}路桥工程有限公司"),
}


def build_pools(seed: int, size: int = 2000) -> dict[str, np.ndarray]:
    """Faker zh_CN names drawn ``size`` times, repeats kept: common surnames stay common."""
    from faker import Faker

    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    return {
        "first_female": np.array([fake.first_name_female() for _ in range(size)]),
        "first_male": np.array([fake.first_name_male() for _ in range(size)]),
        "last": np.array([fake.last_name() for _ in range(size)]),
        "romanized_first": np.char.lower(np.array([fake.first_romanized_name() for _ in range(size)])),
        "romanized_last": np.char.lower(np.array([fake.last_romanized_name() for _ in range(size)])),
    }


def telecom_numbers(rng, size: int) -> np.ndarray:
    """Distinct 11-digit China Telecom mobile numbers."""
    def draw(k):
        prefix = TELECOM_PREFIXES[rng.integers(0, len(TELECOM_PREFIXES), k)]
        return prefix * 10**8 + rng.integers(0, 10**8, k)

    numbers = draw(size)
    while True:
        _, first = np.unique(numbers, return_index=True)
        repeat = np.ones(size, dtype=bool)
        repeat[first] = False
        if not repeat.any():
            return numbers
        numbers[repeat] = draw(int(repeat.sum()))


def _pick(rng, pool, size):
    return pool[rng.integers(0, len(pool), size)]


def _fill(template: str, place: str, city: str, trade: str, n: int) -> str:
    return template.format(place=place, city=city, trade=trade, n="一二三四五六七八九十"[n - 1])


def localize(rng, pools: dict, people: pd.DataFrame) -> pd.DataFrame:
    """The same people with Chinese words: name, phone, e-mail, address, city, province, company.

    Every other column (gender, birth date, industry, channel, payment) is kept as it is, and only
    ``rng`` is drawn from.
    """
    n = len(people)
    out = people.copy()
    female = (people["gender"] == "female").to_numpy()
    first = np.where(female, _pick(rng, pools["first_female"], n), _pick(rng, pools["first_male"], n))
    out["name"] = np.char.add(_pick(rng, pools["last"], n), first).astype(object)

    numbers = telecom_numbers(rng, n)
    out["phone"] = numbers.astype(str).astype(object)
    labels = np.array([d for d, _ in EMAIL_DOMAINS])
    weights = np.array([w for _, w in EMAIL_DOMAINS])
    domain = labels[rng.choice(len(labels), size=n, p=weights / weights.sum())]
    pinyin = np.char.add(np.char.add(_pick(rng, pools["romanized_first"], n), "."),
                         _pick(rng, pools["romanized_last"], n))
    pinyin = np.char.add(pinyin, rng.integers(1, 10000, n).astype(str))
    # a QQ mailbox is the QQ number; a 189.cn mailbox (China Telecom's) is the mobile number
    local = np.where(domain == "qq.com", rng.integers(10**5, 3 * 10**9, n).astype(str),
                     np.where(domain == "189.cn", numbers.astype(str), pinyin))
    email = pd.Series(np.char.add(np.char.add(local, "@"), domain))
    repeated = email.duplicated(keep="first").to_numpy()
    email[repeated] = np.char.add(np.char.add(np.char.add(local[repeated], "."),
                                              np.arange(n)[repeated].astype(str)),
                                  np.char.add("@", domain[repeated]))
    out["email"] = email.to_numpy(dtype=object)

    row = rng.choice(len(CITIES), size=n, p=(CITIES["weight"] / CITIES["weight"].sum()).to_numpy())
    city = CITIES["city"].to_numpy()[row]
    out["city"] = city.astype(object)
    out["province"] = CITIES["province"].to_numpy()[row].astype(object)
    official = CITIES["province_official"].to_numpy()[row]
    municipality = official == city + "市"
    districts = CITIES["districts"].to_numpy()[row]
    district = np.array([d[k % len(d)] for d, k in zip(districts, rng.integers(0, 60, n))])
    road = _pick(rng, ROADS, n)
    number = rng.integers(1, 400, n).astype(str)
    unit = np.char.add(np.char.add(rng.integers(1, 30, n).astype(str), "栋"),
                       np.char.add(rng.integers(1, 33, n).astype(str),
                                   np.char.add("0", rng.integers(1, 5, n).astype(str))))
    unit = np.where(rng.random(n) < 0.6, np.char.add(unit, "室"), "")
    head = np.where(municipality, official, np.char.add(np.char.add(official, city), "市"))
    out["address"] = np.char.add(np.char.add(np.char.add(head, district), road),
                                 np.char.add(np.char.add(number, "号"), unit)).astype(object)

    business = people["company"].notna().to_numpy()
    industry = people["industry"].astype(object).to_numpy()
    place = np.where(rng.random(n) < 0.5, out["province"].to_numpy(dtype=str), city)
    trade = _pick(rng, TRADE_NAMES, n)
    form, small = rng.random(n), rng.integers(1, 10, n)
    company = np.full(n, None, dtype=object)
    for i in np.flatnonzero(business):
        forms = COMPANY_FORMS[industry[i]]
        company[i] = _fill(forms[int(form[i] * len(forms))], place[i], city[i], trade[i], small[i])
    out["company"] = company
    return out
