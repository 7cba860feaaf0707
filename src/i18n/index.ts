/**
 * Every language the site is built in, by the code used in its URLs. Adding a language is a
 * dictionary folder here plus a content folder of the same name (content/<code>/); the first
 * one is the default, served without a prefix.
 */
import en from './en/index.ts';
import ru from './ru/index.ts';

export const DICTIONARIES = { en, ru };
