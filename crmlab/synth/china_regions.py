"""Real Chinese provincial-level divisions and some of their main cities (省级行政区 · 主要城市).

Used by the key-account case (chapter 05) to draw the operator's three-level organisation (group
HQ → province → city key-account departments) on Chinese places while the simulated data still
carry the en_US locale's places: :func:`crmlab.cases.key_accounts.chinese_regions` maps each of
the data's provinces, in alphabetical order, onto these provinces in the order below, and each of
its cities onto the province's cities. The mapping is a relabelling for the case, not geography:
the numbers of customers per place are the data's.

The four municipalities (直辖市) have one city, themselves. Hong Kong, Macao and Taiwan are left
out: the case is the mainland operator's.
"""

from __future__ import annotations

#: (province in Chinese, in pinyin, [main cities in Chinese], [in pinyin]); capital first.
PROVINCES = [
    ("北京", "Beijing", ["北京"], ["Beijing"]),
    ("天津", "Tianjin", ["天津"], ["Tianjin"]),
    ("河北", "Hebei", ["石家庄", "唐山", "保定", "邯郸"], ["Shijiazhuang", "Tangshan", "Baoding", "Handan"]),
    ("山西", "Shanxi", ["太原", "大同", "长治"], ["Taiyuan", "Datong", "Changzhi"]),
    ("内蒙古", "Inner Mongolia", ["呼和浩特", "包头", "鄂尔多斯"], ["Hohhot", "Baotou", "Ordos"]),
    ("辽宁", "Liaoning", ["沈阳", "大连", "鞍山"], ["Shenyang", "Dalian", "Anshan"]),
    ("吉林", "Jilin", ["长春", "吉林", "延边"], ["Changchun", "Jilin", "Yanbian"]),
    ("黑龙江", "Heilongjiang", ["哈尔滨", "大庆", "齐齐哈尔"], ["Harbin", "Daqing", "Qiqihar"]),
    ("上海", "Shanghai", ["上海"], ["Shanghai"]),
    ("江苏", "Jiangsu", ["南京", "苏州", "无锡", "常州"], ["Nanjing", "Suzhou", "Wuxi", "Changzhou"]),
    ("浙江", "Zhejiang", ["杭州", "宁波", "温州", "绍兴"], ["Hangzhou", "Ningbo", "Wenzhou", "Shaoxing"]),
    ("安徽", "Anhui", ["合肥", "芜湖", "蚌埠"], ["Hefei", "Wuhu", "Bengbu"]),
    ("福建", "Fujian", ["福州", "厦门", "泉州"], ["Fuzhou", "Xiamen", "Quanzhou"]),
    ("江西", "Jiangxi", ["南昌", "赣州", "九江"], ["Nanchang", "Ganzhou", "Jiujiang"]),
    ("山东", "Shandong", ["济南", "青岛", "烟台", "潍坊"], ["Jinan", "Qingdao", "Yantai", "Weifang"]),
    ("河南", "Henan", ["郑州", "洛阳", "南阳"], ["Zhengzhou", "Luoyang", "Nanyang"]),
    ("湖北", "Hubei", ["武汉", "宜昌", "襄阳"], ["Wuhan", "Yichang", "Xiangyang"]),
    ("湖南", "Hunan", ["长沙", "株洲", "岳阳"], ["Changsha", "Zhuzhou", "Yueyang"]),
    ("广东", "Guangdong", ["广州", "深圳", "东莞", "佛山"], ["Guangzhou", "Shenzhen", "Dongguan", "Foshan"]),
    ("广西", "Guangxi", ["南宁", "柳州", "桂林"], ["Nanning", "Liuzhou", "Guilin"]),
    ("海南", "Hainan", ["海口", "三亚"], ["Haikou", "Sanya"]),
    ("重庆", "Chongqing", ["重庆"], ["Chongqing"]),
    ("四川", "Sichuan", ["成都", "绵阳", "宜宾"], ["Chengdu", "Mianyang", "Yibin"]),
    ("贵州", "Guizhou", ["贵阳", "遵义"], ["Guiyang", "Zunyi"]),
    ("云南", "Yunnan", ["昆明", "曲靖", "大理"], ["Kunming", "Qujing", "Dali"]),
    ("西藏", "Tibet", ["拉萨"], ["Lhasa"]),
    ("陕西", "Shaanxi", ["西安", "宝鸡", "榆林"], ["Xi'an", "Baoji", "Yulin"]),
    ("甘肃", "Gansu", ["兰州", "天水"], ["Lanzhou", "Tianshui"]),
    ("青海", "Qinghai", ["西宁"], ["Xining"]),
    ("宁夏", "Ningxia", ["银川"], ["Yinchuan"]),
    ("新疆", "Xinjiang", ["乌鲁木齐", "克拉玛依"], ["Urumqi", "Karamay"]),
]
