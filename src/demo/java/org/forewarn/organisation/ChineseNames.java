package org.forewarn.organisation;

import java.util.Random;

/**
 * Plausible Chinese personal names for the demo data: a common surname (weighted roughly
 * by frequency, the most common first) and a one- or two-character given name.
 * Deterministic for a given {@link Random}.
 */
final class ChineseNames {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
			+ "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤温欧阮";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉鹏飞斌宇浩凯婷雪琳晨欣怡佳俊"
			+ "峰波海燕丹玲梅晶慧颖婉嘉恒毅坤锋翔健荣彬松晓春冬梓涵子轩思远雨泽一诺博文宏亮振海永庆德胜少伟家豪锦" + "荣耀祖志强立新秋月凤兰永红美玲丽华金凤淑珍";

	private final Random random;

	ChineseNames(Random random) {
		this.random = random;
	}

	String next() {
		// Squaring a uniform number favours the front of the list, where the common
		// surnames are.
		double u = random.nextDouble();
		char surname = SURNAMES.charAt((int) (u * u * SURNAMES.length()));
		StringBuilder name = new StringBuilder().append(surname);
		name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		if (random.nextInt(100) < 70) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

}
