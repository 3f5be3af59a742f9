cmake_minimum_required(VERSION 3.25)
message(FATAL_ERROR "${MESSAGE}")
