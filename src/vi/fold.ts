// Vietnamese without its marks: "Quyết định" -> "quyet dinh". What OCR keeps of a word that
// lost a tone or a hat ("Quyêt định", "sô", "CHỦ TICH") folds to the same letters as the word.
// Each letter of NFC text folds to one letter, so offsets into the folded text are offsets
// into the text.

/** The text lower-cased, without tone marks, hats or horns, "đ" as "d"; as long as the (NFC) text. */
export const foldMarks = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
