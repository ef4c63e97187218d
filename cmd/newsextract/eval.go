package main

func cmdEval(args []string, io IO) error { return usagef("not yet") }
