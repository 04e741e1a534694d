// The `stopword` package ships no types: its lists, one per language (ISO 639-3 names).
declare module 'stopword' {
  export const eng: string[];
  export const spa: string[];
  export const por: string[];
  export const fra: string[];
  export const deu: string[];
  export const ita: string[];
  export const nld: string[];
  export const cat: string[];
  export const ron: string[];
}
