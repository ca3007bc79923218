// RFC 5646 language tags (STIX 2.1 §3.2 `lang`, §7.1 language-content keys, §7.2.3 granular lang).

// Shape of RFC 5646 §2.1: language[-script][-region](-variant)*(-extension)*[-privateuse],
// or a private-use tag, or one of the grandfathered irregular tags.
const LANGTAG =
  /^(?:(?:[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3}|[a-zA-Z]{4}|[a-zA-Z]{5,8})(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?(?:-(?:[a-zA-Z0-9]{5,8}|\d[a-zA-Z0-9]{3}))*(?:-[0-9a-wyzA-WYZ](?:-[a-zA-Z0-9]{2,8})+)*(?:-[xX](?:-[a-zA-Z0-9]{1,8})+)?|[xX](?:-[a-zA-Z0-9]{1,8})+|en-GB-oed|i-(?:ami|bnn|default|enochian|hak|klingon|lux|mingo|navajo|pwn|tao|tay|tsu)|sgn-(?:BE-FR|BE-NL|CH-DE))$/;

/** True when `tag` has the shape of an RFC 5646 language tag. */
export function isLanguageTag(tag: string): boolean {
  return tag.length <= 64 && LANGTAG.test(tag);
}
