package main

func cmdShow(args []string, io IO) error { return usagef("not yet") }
