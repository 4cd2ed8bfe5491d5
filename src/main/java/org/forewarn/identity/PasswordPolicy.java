package org.forewarn.identity;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.ValidationResult;
import org.passay.data.EnglishCharacterData;
import org.passay.data.EnglishSequenceData;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.passay.resolver.PropertiesMessageResolver;
import org.passay.rule.CharacterCharacteristicsRule;
import org.passay.rule.CharacterRule;
import org.passay.rule.DictionarySubstringRule;
import org.passay.rule.IllegalSequenceRule;
import org.passay.rule.LengthRule;
import org.passay.rule.RepeatCharactersRule;
import org.passay.rule.UsernameRule;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be, wherever one is set (a new account, a password change, the
 * first administrator): at least {@value #MIN_LENGTH} characters with three of the four
 * character classes (the usual rule of China's graded protection, 等保), no character four
 * times in a row, no run of five letters, digits or keyboard keys, not the username
 * (either way round) and none of the {@code identity/common-passwords.txt}. The rules are
 * Passay's; the messages ({@code identity/password-policy.properties}) are Chinese and
 * English and never repeat the password.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	/**
	 * The refusal of a password: the Passay error codes (safe to audit) and the reasons
	 * for the user.
	 */
	record Verdict(List<String> codes, List<String> chinese, List<String> english) {

		boolean accepted() {
			return codes.isEmpty();
		}

		String message() {
			return "密码不符合要求:" + String.join(";", chinese) + "。The password is refused: " + String.join("; ", english)
					+ ".";
		}
	}

	private final PasswordValidator validator;

	private final PropertiesMessageResolver chinese;

	private final PropertiesMessageResolver english;

	PasswordPolicy() {
		this.validator = new DefaultPasswordValidator(new LengthRule(MIN_LENGTH, MAX_LENGTH),
				// report the one "3 of 4 classes" failure, not each missing class
				new CharacterCharacteristicsRule(true, false, 3, new CharacterRule(EnglishCharacterData.UpperCase, 1),
						new CharacterRule(EnglishCharacterData.LowerCase, 1),
						new CharacterRule(EnglishCharacterData.Digit, 1),
						new CharacterRule(EnglishCharacterData.Special, 1)),
				new RepeatCharactersRule(4, 1), new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
				new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
				new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false), new UsernameRule(true, true),
				new DictionarySubstringRule(new WordListDictionary(commonPasswords()), true));
		Properties both = properties("identity/password-policy.properties");
		this.chinese = new PropertiesMessageResolver(half(both, 0), Locale.ROOT);
		this.english = new PropertiesMessageResolver(half(both, 1), Locale.ROOT);
	}

	/** Checks {@code password} as the password of {@code username}. */
	Verdict check(String username, String password) {
		ValidationResult result = validator.validate(new PasswordData(username == null ? "" : username, password));
		List<String> codes = new ArrayList<>();
		List<String> zh = new ArrayList<>();
		List<String> en = new ArrayList<>();
		for (RuleResultDetail detail : result.getDetails()) {
			codes.add(detail.getErrorCode());
			zh.add(chinese.resolve(detail));
			en.add(english.resolve(detail));
		}
		return new Verdict(List.copyOf(codes), List.copyOf(zh), List.copyOf(en));
	}

	/**
	 * Refuses {@code password} for {@code username} with a 400 naming {@code field},
	 * unless it passes.
	 */
	void require(String field, String username, String password) {
		Verdict verdict = check(username, password);
		if (!verdict.accepted()) {
			throw new PasswordRefused(field, verdict);
		}
	}

	private static ArrayWordList commonPasswords() {
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8)) {
			List<String> words = new ArrayList<>();
			WordLists.readWords(reader, words);
			words.removeIf(word -> word.isBlank() || word.startsWith("#"));
			return new ArrayWordList(words.toArray(String[]::new), false, new ArraysSort());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Properties properties(String path) {
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			Properties properties = new Properties();
			properties.load(reader);
			return properties;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Properties half(Properties both, int index) {
		Properties one = new Properties();
		both.forEach((code, text) -> one.setProperty((String) code, ((String) text).split("\\|", 2)[index]));
		return one;
	}

}
