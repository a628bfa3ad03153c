import type { Random } from './random.ts';
import { createWeightedPicker } from './random.ts';

/**
 * 姓名 — generated names as they appear on 莎车县 and 和硕县 rosters: Uyghur names in Chinese
 * transliteration written given name·father's name (艾麦提·玉苏甫, 阿依古丽·买买提), Han names
 * (李果, 王雅琴), and for 和硕县 also Hui names (Han-style, with the surnames common among the
 * Hui) and Mongol names (one name, as usually written in Chinese). The names are drawn at
 * random from common elements; any match with a real person is chance.
 */
export type Sex = 'male' | 'female';

/** 命名方式 — which naming custom a generated name follows. */
export type NameStyle = 'uyghur' | 'han' | 'hui' | 'mongol';

/** 维吾尔族男性名. */
export const UYGHUR_MALE_NAMES: readonly string[] = [
  '艾麦提',
  '吐尔逊',
  '买买提',
  '艾力',
  '玉苏甫',
  '阿不都热合曼',
  '阿布都拉',
  '艾尔肯',
  '艾山',
  '依明',
  '伊力哈木',
  '亚森',
  '吾斯曼',
  '热合曼',
  '肉孜',
  '努尔买买提',
  '麦麦提敏',
  '阿迪力',
  '阿力木',
  '卡德尔',
  '吐尔洪',
  '托合提',
  '库尔班',
  '塔依尔',
  '斯迪克',
  '司马义',
  '苏来曼',
  '沙吾提',
  '热依木',
  '帕尔哈提',
  '牙合甫',
  '玉素音',
  '尤努斯',
  '伊布拉音',
  '哈力克',
  '赛买提',
  '买合木提',
  '麦提图尔荪',
  '吾买尔',
  '奥斯曼',
  '阿合买提',
  '阿不力孜',
  '阿不来提',
  '米吉提',
  '图尔迪',
  '吾守尔',
  '克然木',
  '亚库甫',
  '居来提',
  '卡哈尔',
  '哈斯木',
  '木沙',
  '尼亚孜',
  '买吐送',
  '依沙克',
  '艾则孜',
  '巴拉提',
  '热西提',
  '麦麦提江',
  '艾克拜尔',
];

/** 维吾尔族女性名. */
export const UYGHUR_FEMALE_NAMES: readonly string[] = [
  '阿依古丽',
  '古丽',
  '帕提古丽',
  '热依拉',
  '阿依努尔',
  '古丽努尔',
  '米热古丽',
  '布阿依谢姆',
  '阿依谢姆',
  '阿米娜',
  '祖丽菲亚',
  '祖力胡玛尔',
  '热孜完古丽',
  '努尔尼沙',
  '阿孜古丽',
  '帕夏古丽',
  '吐尔逊古丽',
  '加米拉',
  '哈力旦',
  '玛依拉',
  '布合力其汗',
  '巴哈古丽',
  '祖拜代',
  '阿依提拉',
  '迪丽努尔',
  '古再丽努尔',
  '如克亚',
  '苏比努尔',
  '茹仙古丽',
  '阿提开姆',
  '帕丽达',
  '热娜',
  '努尔古丽',
  '古丽巴哈尔',
  '阿瓦汗',
  '吐尼萨',
  '买热木',
  '海丽其罕',
  '赛奴拜尔',
  '西仁古丽',
  '阿吉古丽',
  '则娜甫',
  '哈丽曼',
  '米娜瓦尔',
  '图尔荪阿依',
  '热比亚',
  '海力倩木',
  '帕太姆',
  '阿依先木',
  '比力克孜',
  '肉先古丽',
  '买尔哈巴',
  '罕尼沙',
  '阿曼尼沙',
  '祖姆热提',
  '麦尔耶姆',
  '沙拉木汗',
  '阿尔孜古丽',
  '排尔达',
  '再乃甫',
];

/** 父名 — the father's given name that follows the middle dot. */
export const UYGHUR_FATHER_NAMES: readonly string[] = [
  '玉苏甫',
  '买买提',
  '艾力',
  '吐尔逊',
  '阿不都拉',
  '热合曼',
  '肉孜',
  '依明',
  '托合提',
  '库尔班',
  '麦麦提',
  '阿布力米提',
  '吾买尔',
  '巴拉提',
  '卡斯木',
  '司马义',
  '沙地克',
  '吐地',
  '阿西木',
  '毛拉',
  '亚森',
  '尼亚孜',
  '吾斯曼',
  '艾则孜',
  '伊斯拉木',
  '阿不都热依木',
  '麦麦提明',
  '卡地尔',
  '塔希',
  '阿巴斯',
  '阿木提',
  '乃买提',
  '斯拉木',
  '色依提',
  '铁木尔',
  '吐拉克',
  '喀哈尔',
  '艾合买提',
  '阿吾提',
  '买提尼亚孜',
  '阿不都克力木',
  '赛买提',
  '克热木',
  '哈力克',
  '苏里坦',
  '麦提库尔班',
  '吐尔地',
  '阿布都外力',
  '买合苏提',
  '依沙克',
  '阿布拉',
  '玉努斯',
  '如孜',
  '热依木',
  '阿不力克木',
  '吐尔洪',
  '亚库普',
  '艾买尔',
  '努尔东',
  '沙吾尔',
];

/** 汉族常见姓氏. */
export const HAN_SURNAMES: readonly string[] = Array.from(
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾' +
    '丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭',
);

/** 回族常见姓氏. */
export const HUI_SURNAMES: readonly string[] = Array.from('马杨丁海哈韩白穆纳沙撒冶米金锁');

/** Given-name characters seen more often in men's names (疆 as in 建疆, 卫疆). */
export const HAN_MALE_GIVEN_CHARS: readonly string[] = Array.from(
  '伟强军平刚勇杰涛明超斌辉鹏华建国峰磊林波海东宏志文新春果成亮龙飞庆江德福荣生兵疆',
);

/** Given-name characters seen more often in women's names. */
export const HAN_FEMALE_GIVEN_CHARS: readonly string[] = Array.from(
  '芳娟敏静丽艳霞秀英玲琴雅红梅兰萍燕慧洁琳丹凤莉娜婷雪颖倩桂珍淑玉翠云月晶蓉芬',
);

/** 蒙古族男性名 (和硕县 is in 巴音郭楞蒙古自治州). */
export const MONGOL_MALE_NAMES: readonly string[] = [
  '巴图',
  '巴音',
  '那顺',
  '乌力吉',
  '孟克',
  '朝鲁',
  '布和',
  '巴特尔',
  '吉日嘎拉',
  '额尔敦',
  '达瓦',
  '宝力德',
  '巴雅尔',
  '苏和',
  '特木尔',
  '阿拉坦',
  '道尔吉',
  '策仁',
  '加甫',
  '吉尔格勒',
];

/** 蒙古族女性名. */
export const MONGOL_FEMALE_NAMES: readonly string[] = [
  '其木格',
  '乌云',
  '萨仁',
  '托娅',
  '格日勒',
  '斯琴',
  '敖登',
  '高娃',
  '娜仁',
  '图雅',
  '其其格',
  '苏布达',
  '塔娜',
  '乌兰',
  '巴德玛',
  '德吉德',
];

/**
 * Share of each naming custom on a county's rosters: a rough demo mix, not statistics
 * (莎车县 is overwhelmingly Uyghur; 和硕县 is mixed Han, Uyghur, Hui and Mongol).
 */
export const NAME_STYLE_MIX: Readonly<Record<string, Readonly<Record<NameStyle, number>>>> = {
  '653125': { uyghur: 0.95, han: 0.05, hui: 0, mongol: 0 },
  '652828': { uyghur: 0.3, han: 0.42, hui: 0.15, mongol: 0.13 },
};

/** The mix for a county not listed in NAME_STYLE_MIX. */
export const DEFAULT_NAME_STYLE_MIX: Readonly<Record<NameStyle, number>> = {
  uyghur: 0.8,
  han: 0.15,
  hui: 0.05,
  mongol: 0,
};

const STYLES: readonly NameStyle[] = ['uyghur', 'han', 'hui', 'mongol'];

function hanStyleName(random: Random, surnames: readonly string[], sex: Sex): string {
  const chars = sex === 'male' ? HAN_MALE_GIVEN_CHARS : HAN_FEMALE_GIVEN_CHARS;
  const surname = random.pick(surnames);
  const first = random.pick(chars);
  if (random.chance(0.35)) return `${surname}${first}`;
  let second = random.pick(chars);
  while (second === first) second = random.pick(chars);
  return `${surname}${first}${second}`;
}

/** One name of the given custom and sex. */
export function generatePersonName(random: Random, style: NameStyle, sex: Sex): string {
  switch (style) {
    case 'uyghur': {
      const given = random.pick(sex === 'male' ? UYGHUR_MALE_NAMES : UYGHUR_FEMALE_NAMES);
      return `${given}·${random.pick(UYGHUR_FATHER_NAMES)}`;
    }
    case 'han':
      return hanStyleName(random, HAN_SURNAMES, sex);
    case 'hui':
      return hanStyleName(random, HUI_SURNAMES, sex);
    case 'mongol':
      return random.pick(sex === 'male' ? MONGOL_MALE_NAMES : MONGOL_FEMALE_NAMES);
  }
}

/**
 * A generator of names for one county's rosters: picks a naming custom by the county's
 * NAME_STYLE_MIX, then a name of that custom and of the person's sex.
 */
export function personNameGenerator(countyCode: string): (random: Random, sex: Sex) => string {
  const mix = NAME_STYLE_MIX[countyCode] ?? DEFAULT_NAME_STYLE_MIX;
  const pickStyle = createWeightedPicker(
    STYLES,
    STYLES.map((style) => mix[style]),
  );
  return (random, sex) => generatePersonName(random, pickStyle(random), sex);
}
