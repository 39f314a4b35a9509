const KEY = 'jiebang.token';

/** The JWT lives in localStorage so a reload keeps the session; the server decides when it expires. */
export const tokenStore = {
  get(): string | null {
    return localStorage.getItem(KEY);
  },
  set(token: string) {
    localStorage.setItem(KEY, token);
  },
  clear() {
    localStorage.removeItem(KEY);
  },
};
