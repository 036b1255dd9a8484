/**
 * A post of a public channel or group, as the watcher reads it: the chat
 * and the words, never who wrote it.
 */
export interface WatchedPost {
  chat: WatchedChat;
  messageId: number;
  /** An edit of a post seen before: checked again, never counted again. */
  edited: boolean;
  /** The post's text or a picture's caption. */
  text: string;
  postedAt: Date;
}

export interface WatchedChat {
  id: number;
  kind: "channel" | "group" | "supergroup";
  title: string;
  /** Public @username (without "@"), when the chat has one. */
  username?: string;
}

/** A short answer the watcher asks the adapter to post. */
export interface WatchReply {
  text: string;
  language: string;
}

export interface Watcher {
  /**
   * Checks a post: counted for its chat, remembered, filed when risky enough.
   * Returns the reply to post under it when its group asked for replies.
   */
  check(post: WatchedPost): Promise<WatchReply | null>;
  /** Files the risky posts journaled while the database was away; returns how many reached it. */
  replay(): Promise<number>;
  stop(): void;
  /** "/watch …" in a group; `admin`: the sender administers it (the adapter asked the messenger). */
  command(chat: WatchedChat, args: string, sender: { admin: boolean; languageHint?: string }): Promise<WatchReply>;
}
