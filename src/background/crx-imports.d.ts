// Types for crx's `?iife` / `?script` imports (a content script's path in the built package).
/// <reference types="@crxjs/vite-plugin/client" />
