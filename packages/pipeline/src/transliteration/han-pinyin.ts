/**
 * The pinyin of the characters Chinese spells foreign names with (discovery's TRANSLIT, plus 伯柏祖默哥), the only
 * characters the stage reads in Han text. A table rather than pinyin-pro at run time: that package loads a whole
 * dictionary on import (~0.6 s and 15 MB in every process that imports the pipeline) for 135 characters; the
 * test checks the table against it.
 */
// prettier-ignore
export const HAN_PINYIN: Readonly<Record<string, string>> = {
  加: "jia", 英: "ying", 比: "bi", 利: "li", 安: "an", 西: "xi", 马: "ma", 阿: "a", 埃: "ai", 艾: "ai", 奥: "ao", 巴: "ba",
  贝: "bei", 波: "bo", 布: "bu", 达: "da", 戴: "dai", 德: "de", 迪: "di", 蒂: "di", 杜: "du", 厄: "e", 恩: "en", 菲: "fei",
  芬: "fen", 弗: "fu", 福: "fu", 盖: "gai", 戈: "ge", 格: "ge", 哈: "ha", 赫: "he", 亨: "heng", 霍: "huo", 基: "ji", 吉: "ji",
  贾: "jia", 杰: "jie", 卡: "ka", 凯: "kai", 坎: "kan", 柯: "ke", 科: "ke", 克: "ke", 肯: "ken", 库: "ku", 奎: "kui", 拉: "la",
  莱: "lai", 兰: "lan", 朗: "lang", 劳: "lao", 勒: "le", 雷: "lei", 黎: "li", 里: "li", 莉: "li", 琳: "lin", 卢: "lu", 鲁: "lu",
  伦: "lun", 罗: "luo", 洛: "luo", 玛: "ma", 迈: "mai", 麦: "mai", 曼: "man", 梅: "mei", 蒙: "meng", 米: "mi", 莫: "mo", 姆: "mu",
  穆: "mu", 纳: "na", 娜: "na", 奈: "nai", 尼: "ni", 纽: "niu", 诺: "nuo", 帕: "pa", 佩: "pei", 皮: "pi", 普: "pu", 奇: "qi",
  齐: "qi", 乔: "qiao", 琼: "qiong", 萨: "sa", 塞: "sai", 桑: "sang", 瑟: "se", 森: "sen", 沙: "sha", 舍: "she", 施: "shi", 斯: "si",
  苏: "su", 索: "suo", 塔: "ta", 泰: "tai", 坦: "tan", 汤: "tang", 特: "te", 提: "ti", 图: "tu", 托: "tuo", 瓦: "wa", 威: "wei",
  维: "wei", 温: "wen", 沃: "wo", 乌: "wu", 希: "xi", 谢: "xie", 辛: "xin", 雅: "ya", 亚: "ya", 扬: "yang", 伊: "yi", 尤: "you",
  扎: "zha", 泽: "ze", 詹: "zhan", 兹: "zi", 佐: "zuo", 尔: "er", 丁: "ding", 伟: "wei", 逊: "xun", 娅: "ya", 伯: "bo", 柏: "bai",
  祖: "zu", 默: "mo", 哥: "ge",
};
